package com.photostore.adapters.aws.testing;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.regions.Region;

/**
 * An in-test HTTP server speaking the wire protocols of Secrets Manager ({@code GetSecretValue}) and SSM
 * ({@code GetParameter}, {@code GetParametersByPath}) in AWS JSON 1.1, and of SNS ({@code Publish}) in the AWS Query protocol, recording
 * every request so tests can count backend calls.
 */
public final class AwsProtocolStub implements AutoCloseable {
    private static final String JSON_11 = "application/x-amz-json-1.1";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, String> parameters = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Publication> publications = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    private AwsProtocolStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a stub on a free loopback port. */
    public static AwsProtocolStub start() {
        try {
            return new AwsProtocolStub();
        } catch (IOException e) {
            throw new IllegalStateException("the AWS protocol stub did not start", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Client settings that talk to this stub with dummy credentials and short timeouts. */
    public AwsClientSettings clientSettings() {
        return AwsClientSettings.forRegion(Region.EU_WEST_1)
                .withEndpoint(endpoint(), StaticCredentialsProvider.create(AwsBasicCredentials.create("stub", "stub")))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    /** Sets the secret string of a secret. */
    public void putSecret(String secretId, String secretString) {
        secrets.put(secretId, secretString);
    }

    /** Sets an SSM parameter. */
    public void putParameter(String name, String value) {
        parameters.put(name, value);
    }

    /** Makes every following request fail with HTTP 500 (or succeed again). */
    public void failing(boolean fail) {
        this.failing = fail;
    }

    /** Every request received so far. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many requests of an operation (for example {@code GetSecretValue}) have arrived. */
    public long count(String operation) {
        return requests.stream().filter(r -> r.operation().equals(operation)).count();
    }

    /** The messages published to SNS so far. */
    public List<Publication> publications() {
        return List.copyOf(publications);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Amz-Target")).orElse("");
            if (!target.isEmpty()) {
                handleJson(exchange, target, body);
            } else {
                handleQuery(exchange, body);
            }
        }
    }

    private void handleJson(HttpExchange exchange, String target, String body) throws IOException {
        String operation = target.substring(target.indexOf('.') + 1);
        requests.add(new Request(operation, body));
        if (failing) {
            send(exchange, 500, JSON_11, error("InternalServiceError", "stub failing on purpose"));
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!JSON_11.equals(contentType)) {
            send(exchange, 400, JSON_11, error("SerializationException", "unexpected content type"));
            return;
        }
        Map<String, JsonNode> input = JsonNode.parser().parse(body).asObject();
        switch (target) {
            case "secretsmanager.GetSecretValue" -> getSecretValue(exchange, input.get("SecretId").asString());
            case "AmazonSSM.GetParameter" -> getParameter(exchange, input.get("Name").asString(),
                    input.containsKey("WithDecryption") && input.get("WithDecryption").asBoolean());
            case "AmazonSSM.GetParametersByPath" -> getParametersByPath(exchange, input);
            default -> send(exchange, 400, JSON_11, error("UnknownOperationException", target));
        }
    }

    private void getSecretValue(HttpExchange exchange, String secretId) throws IOException {
        String secret = secrets.get(secretId);
        if (secret == null) {
            send(exchange, 400, JSON_11, error("ResourceNotFoundException",
                    "Secrets Manager can't find the specified secret."));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ARN", "\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:" + escape(secretId) + "\"");
        fields.put("Name", quote(secretId));
        fields.put("SecretString", quote(secret));
        fields.put("VersionId", quote(UUID.randomUUID().toString()));
        fields.put("VersionStages", "[\"AWSCURRENT\"]");
        fields.put("CreatedDate", "1.7645E9");
        send(exchange, 200, JSON_11, object(fields));
    }

    private void getParameter(HttpExchange exchange, String name, boolean withDecryption) throws IOException {
        String value = parameters.get(name);
        if (value == null) {
            send(exchange, 400, JSON_11, error("ParameterNotFound", ""));
            return;
        }
        Map<String, String> parameter = new LinkedHashMap<>();
        parameter.put("Name", quote(name));
        parameter.put("Type", quote(withDecryption ? "SecureString" : "String"));
        parameter.put("Value", quote(value));
        parameter.put("Version", "1");
        parameter.put("ARN", quote("arn:aws:ssm:eu-west-1:123456789012:parameter" + name));
        parameter.put("DataType", quote("text"));
        send(exchange, 200, JSON_11, object(Map.of("Parameter", object(parameter))));
    }

    private void getParametersByPath(HttpExchange exchange, Map<String, JsonNode> input) throws IOException {
        String path = input.get("Path").asString();
        boolean recursive = input.containsKey("Recursive") && input.get("Recursive").asBoolean();
        int pageSize = input.containsKey("MaxResults") ? Integer.parseInt(input.get("MaxResults").asNumber()) : 10;
        int start = input.containsKey("NextToken") ? Integer.parseInt(input.get("NextToken").asString()) : 0;
        String prefix = path.endsWith("/") ? path : path + "/";
        List<String> names = parameters.keySet().stream().filter(name -> name.startsWith(prefix))
                .filter(name -> recursive || name.indexOf('/', prefix.length()) < 0).sorted().toList();
        StringBuilder page = new StringBuilder("[");
        for (String name : names.subList(Math.min(start, names.size()), Math.min(start + pageSize, names.size()))) {
            page.append(page.length() > 1 ? "," : "").append(object(Map.of("Name", quote(name), "Type",
                    quote("String"), "Value", quote(parameters.get(name)), "Version", "1")));
        }
        Map<String, String> response = new LinkedHashMap<>();
        response.put("Parameters", page.append(']').toString());
        if (start + pageSize < names.size()) {
            response.put("NextToken", quote(Integer.toString(start + pageSize)));
        }
        send(exchange, 200, JSON_11, object(response));
    }

    private void handleQuery(HttpExchange exchange, String body) throws IOException {
        Map<String, String> form = form(body);
        String action = form.getOrDefault("Action", "");
        requests.add(new Request(action, body));
        if (failing) {
            send(exchange, 500, "text/xml", queryError("InternalError", "stub failing on purpose"));
            return;
        }
        if (!action.equals("Publish") || !form.containsKey("TopicArn") || !form.containsKey("Message")) {
            send(exchange, 400, "text/xml", queryError("InvalidParameter", "unsupported request"));
            return;
        }
        String subject = form.get("Subject");
        if (subject != null && !subject.matches("[\\x20-\\x7E]{1,99}")) {
            send(exchange, 400, "text/xml", queryError("InvalidParameter", "Invalid parameter: Subject"));
            return;
        }
        publications.add(new Publication(form.get("TopicArn"), subject, form.get("Message")));
        send(exchange, 200, "text/xml", "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                + "<PublishResult><MessageId>" + UUID.randomUUID() + "</MessageId></PublishResult>"
                + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</PublishResponse>");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String queryError(String code, String message) {
        return "<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type>"
                + "<Code>" + code + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>";
    }

    private static String error(String type, String message) {
        return object(Map.of("__type", quote(type), "message", quote(message)));
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(name)).append(':').append(value);
        });
        return json.append('}').toString();
    }

    private static String quote(String text) {
        return "\"" + escape(text) + "\"";
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** One request: its operation ({@code GetSecretValue}, {@code GetParameter}, {@code Publish}) and body. */
    public record Request(String operation, String body) {
    }

    /** One message published to SNS. */
    public record Publication(String topicArn, String subject, String message) {
    }
}
