package com.photostore.adapters.common.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks HTTP responses against an OpenAPI 3.1 document (status documented for the operation, body valid against
 * the response schema) and collects every violation until it is drained.
 */
public final class OpenApiResponseValidator {
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final List<String> violations = new ArrayList<>();

    public OpenApiResponseValidator(JsonNode document) {
        this.document = document;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
    }

    /** Checks one response and records what is wrong with it. */
    public synchronized void check(String method, String path, int status, Optional<String> contentType,
                                   byte[] body) {
        String where = method + " " + path + " -> " + status + ": ";
        for (String problem : problems(method.toLowerCase(Locale.ROOT), path, status, mediaType(contentType), body)) {
            violations.add(where + problem);
        }
    }

    /** Every violation recorded since the last call, which forgets them. */
    public synchronized List<String> drainViolations() {
        List<String> drained = List.copyOf(violations);
        violations.clear();
        return drained;
    }

    /**
     * What is wrong with one answer. Answers the document's description grants any route need no entry in
     * {@code paths}: a {@code Problem} with 404 for a path no operation has, 405 for a method a path does not
     * accept, and a CORS preflight ({@code OPTIONS}) answered 204 without a body or 403 with a {@code Problem}.
     */
    private List<String> problems(String method, String path, int status, String mediaType, byte[] body) {
        Optional<Map.Entry<String, JsonNode>> template = pathItem(path);
        if (method.equals("options")) {
            return status == 204 ? emptyBody(body) : generic(status, mediaType, body, 403, 404);
        }
        if (template.isEmpty()) {
            return generic(status, mediaType, body, 404);
        }
        JsonNode operation = template.get().getValue().get(method);
        if (operation == null) {
            return generic(status, mediaType, body, 405);
        }
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.get(Integer.toString(status));
        if (response == null) {
            response = responses.get(status / 100 + "XX");
        }
        if (response == null) {
            response = responses.get("default");
        }
        if (response == null) {
            return List.of("status " + status + " is not documented for " + method.toUpperCase(Locale.ROOT) + " "
                    + template.get().getKey());
        }
        return matches(resolve(response), mediaType, body);
    }

    private List<String> generic(int status, String mediaType, byte[] body, int... allowed) {
        for (int candidate : allowed) {
            if (candidate == status) {
                return bodyProblems(PROBLEM_JSON, mediaType, PROBLEM, body);
            }
        }
        return List.of("status " + status + " is not an answer the document allows here");
    }

    private List<String> matches(JsonNode response, String mediaType, byte[] body) {
        JsonNode content = response.get("content");
        if (content == null || content.isEmpty()) {
            return emptyBody(body);
        }
        if (mediaType == null || !content.has(mediaType)) {
            List<String> documented = new ArrayList<>();
            content.fieldNames().forEachRemaining(documented::add);
            return List.of("content type " + mediaType + " is not one of " + documented);
        }
        JsonNode schema = content.get(mediaType).path("schema");
        return validate(schema, body);
    }

    private List<String> bodyProblems(String expectedType, String mediaType, String schemaRef, byte[] body) {
        if (!expectedType.equals(mediaType)) {
            return List.of("content type " + mediaType + " is not " + expectedType);
        }
        return validate(mapper.createObjectNode().put("$ref", schemaRef), body);
    }

    private static List<String> emptyBody(byte[] body) {
        return body.length == 0 ? List.of() : List.of("a body of " + body.length + " bytes where none is documented");
    }

    private List<String> validate(JsonNode schemaNode, byte[] body) {
        JsonNode instance;
        try {
            instance = mapper.readTree(body);
        } catch (IOException e) {
            return List.of("the body is not JSON");
        }
        if (instance == null || instance.isMissingNode()) {
            return List.of("the body is empty where JSON is documented");
        }
        Schema schema = schemas.computeIfAbsent(schemaNode.toString(), key -> compile(schemaNode));
        return schema.validate(instance).stream().map(Error::toString).toList();
    }

    private Schema compile(JsonNode schemaNode) {
        ObjectNode wrapper = schemaNode.deepCopy();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.set("components", document.path("components"));
        return registry.getSchema(SchemaLocation.of("https://photostore.test/openapi.json"), wrapper);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private Optional<Map.Entry<String, JsonNode>> pathItem(String path) {
        Map.Entry<String, JsonNode> templated = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals(path)) {
                return Optional.of(entry);
            }
            if (templated == null && matchesTemplate(entry.getKey(), path)) {
                templated = entry;
            }
        }
        return Optional.ofNullable(templated);
    }

    private static boolean matchesTemplate(String template, String path) {
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            boolean variable = expected[i].startsWith("{") && expected[i].endsWith("}");
            if (variable ? actual[i].isEmpty() : !expected[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    private static String mediaType(Optional<String> contentType) {
        return contentType.map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse(null);
    }
}
