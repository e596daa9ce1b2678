package com.photostore.lambda.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.adapters.common.http.contract.CameraPhotos;
import com.photostore.domain.photo.UploadForm;
import com.photostore.lambda.LambdaFunction;
import com.photostore.lambda.runtime.FunctionConfig;
import com.photostore.lambda.runtime.FunctionProcess;
import com.photostore.lambda.runtime.InvocationResult;
import com.photostore.lambda.runtime.StartupTimings;
import com.photostore.port.out.contract.MultipartFormPost;
import com.photostore.wiring.testing.AwsProtocolStack;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * Cold starts of the six functions through the runtime interface client, each beside the baseline handler of its own
 * jar, alternating the two, every start a fresh JVM with the managed runtime's flags for the function's memory: the
 * time from JVM start to init done and to the first response posted, for a first request that does the function's
 * real work over the AWS-protocol servers (sign up, log in, refresh, list photos, an upload form, ingest of one real
 * photo). Prints the medians and the ratio to the baseline. Run by {@code benchmarks/lambda-cold-start.sh}.
 */
public final class ColdStartBenchmark {
    private static final PrintStream OUT = System.out;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "plum-tractor-93-quietly-orbits";
    private static final String BASELINE = "com.photostore.lambda.BaselineHandler::handleRequest";
    private static final List<String> PHOTOS = List.of("Canon_40D.jpg", "Nikon_D70.jpg", "Pentax_K10D.jpg",
            "Sony_HDR-HC3.jpg", "Kodak_CX7530.jpg", "Olympus_C8080WZ.jpg", "Ricoh_Caplio_RR330.jpg",
            "Panasonic_DMC-FZ30.jpg", "Fujifilm_FinePix_E500.jpg", "Canon_PowerShot_S40.jpg");

    private final DeployedFunctions warm;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String username = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final UploadBatch uploads;

    private ColdStartBenchmark(AwsProtocolStack stack, DeployedFunctions warm) {
        this.warm = warm;
        this.uploads = new UploadBatch(stack);
    }

    /** {@code ColdStartBenchmark [rounds]} (default 10). */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        try (AwsProtocolStack stack = AwsProtocolStack.start(SharedDeployment.ORIGIN);
             DeployedFunctions warm = DeployedFunctions.over(stack)) {
            warm.uploadEvents().close();
            ColdStartBenchmark benchmark = new ColdStartBenchmark(stack, warm);
            benchmark.call("POST", "/api/v1/users", null, credentials(benchmark.username));
            Map<LambdaFunction, List<StartupTimings[]>> results = new EnumMap<>(LambdaFunction.class);
            for (int round = 0; round < rounds; round++) {
                for (LambdaFunction function : LambdaFunction.values()) {
                    byte[] event = benchmark.firstEvent(function, round);
                    StartupTimings baseline = coldStart(config(function, stack).withHandler(BASELINE), event);
                    StartupTimings cold = coldStart(config(function, stack), event);
                    results.computeIfAbsent(function, f -> new ArrayList<>()).add(new StartupTimings[] {baseline, cold});
                }
                OUT.println("round " + (round + 1) + " of " + rounds + " done");
            }
            benchmark.uploads.close();
            report(results, loadBefore, Files.readString(Path.of("/proc/loadavg")).strip());
        }
        System.exit(0);
    }

    private static FunctionConfig config(LambdaFunction function, AwsProtocolStack stack) {
        return DeployedFunctions.config(function, stack);
    }

    private static StartupTimings coldStart(FunctionConfig config, byte[] event) {
        try (FunctionProcess process = FunctionProcess.start(config)) {
            InvocationResult result = process.invoke(event);
            if (result.failed()) {
                throw new IllegalStateException(config.functionName() + ": " + result + "\n" + process.logs());
            }
            return process.startupTimings();
        }
    }

    /** A first request that does the function's real work. */
    private byte[] firstEvent(LambdaFunction function, int round) throws IOException, InterruptedException {
        return switch (function) {
            case CREATE_USER -> httpEvent("POST", "/api/v1/users", null,
                    credentials(username + "-" + round));
            case AUTH_USER -> httpEvent("POST", "/api/v1/sessions", null, credentials(username));
            case AUTH_TOKEN -> httpEvent("POST", "/api/v1/sessions/refresh", null,
                    "{\"refreshToken\":\"" + logIn().get("refreshToken").asText() + "\"}");
            case PHOTOS -> httpEvent("GET", "/api/v1/photos", logIn().get("accessToken").asText(), null);
            case UPLOAD_URL -> httpEvent("POST", "/api/v1/uploads", logIn().get("accessToken").asText(),
                    "{\"fileName\":\"a.jpg\",\"contentType\":\"image/jpeg\",\"size\":1000}");
            case TRANSFER_PHOTOS -> uploadEvent(PHOTOS.get(round % PHOTOS.size()));
        };
    }

    private byte[] uploadEvent(String photo) throws IOException, InterruptedException {
        byte[] content = CameraPhotos.jpeg(photo);
        JsonNode ticket = call("POST", "/api/v1/uploads", logIn().get("accessToken").asText(),
                "{\"fileName\":\"" + photo + "\",\"contentType\":\"image/jpeg\",\"size\":" + content.length + "}");
        Map<String, String> fields = new LinkedHashMap<>();
        ticket.get("upload").get("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
        MultipartFormPost.upload(new UploadForm(URI.create(ticket.get("upload").get("url").asText()), fields,
                Instant.parse(ticket.get("expiresAt").asText())), photo, content, "image/jpeg");
        return uploads.receiveEvent(List.of("/" + ticket.get("photoId").asText()), Duration.ofSeconds(20));
    }

    private JsonNode logIn() throws IOException, InterruptedException {
        return call("POST", "/api/v1/sessions", null, credentials(username));
    }

    private JsonNode call(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(warm.api() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static byte[] httpEvent(String method, String path, String token, String body) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0").put("routeKey", method + " " + path).put("rawPath", path).put("rawQueryString", "");
        ObjectNode headers = event.putObject("headers");
        headers.put("content-type", "application/json").put("user-agent", "cold-start-benchmark");
        if (token != null) {
            headers.put("authorization", "Bearer " + token);
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("stage", "$default").put("requestId", UUID.randomUUID().toString());
        context.putObject("http").put("method", method).put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "198.51.100.7");
        if (body != null) {
            event.put("body", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
            event.put("isBase64Encoded", true);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String credentials(String name) {
        return "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    private static void report(Map<LambdaFunction, List<StartupTimings[]>> results, String loadBefore,
                               String loadAfter) {
        OUT.println();
        OUT.println("load average before: " + loadBefore + "; after: " + loadAfter);
        OUT.println("| function | memory | baseline init | baseline first response | init | first response "
                + "| first response ÷ baseline's | first response min–max |");
        OUT.println("|---|---|---|---|---|---|---|---|");
        results.forEach((function, runs) -> {
            long baselineInit = median(runs, r -> millis(r[0].untilInitDone()));
            long baselineFirst = median(runs, r -> millis(r[0].untilFirstAnswer()));
            long init = median(runs, r -> millis(r[1].untilInitDone()));
            long first = median(runs, r -> millis(r[1].untilFirstAnswer()));
            long min = runs.stream().mapToLong(r -> millis(r[1].untilFirstAnswer())).min().orElse(0);
            long max = runs.stream().mapToLong(r -> millis(r[1].untilFirstAnswer())).max().orElse(0);
            OUT.printf("| %s | %d MB | %d ms | %d ms | %d ms | %d ms | %.2f | %d–%d ms |%n", function.functionName(),
                    function.memoryMb(), baselineInit, baselineFirst, init, first, (double) first / baselineFirst,
                    min, max);
        });
    }

    private static long median(List<StartupTimings[]> runs, ToLongFunction<StartupTimings[]> value) {
        long[] values = runs.stream().mapToLong(value).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static long millis(Optional<Duration> duration) {
        return duration.orElseThrow().toMillis();
    }
}
