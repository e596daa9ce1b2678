package com.photostore.adapters.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
    private final ApiHarness harness = new ApiHarness();

    @Test
    void documentAndRouteTableDescribeTheSameOperations() {
        JsonNode document = ApiHarness.json(harness.send("GET", "/api/v1/openapi.json", Map.of(), null));
        Set<String> documented = new HashSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> routed = new HashSet<>();
        for (ApiOperation operation : ApiOperation.values()) {
            routed.add(operation.method() + " " + operation.template());
        }

        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(harness.routes.operations()).containsExactlyInAnyOrder(ApiOperation.values());
        assertThat(routed).hasSize(12);
        assertThat(documented).isEqualTo(routed);
    }

    @Test
    void everyProblemTypeIsDocumented() {
        JsonNode document = ApiHarness.json(harness.send("GET", "/api/v1/openapi.json", Map.of(), null));
        Set<String> documented = new HashSet<>();
        document.at("/components/schemas/Problem/properties/type/enum").forEach(type -> documented.add(type.asText()));

        for (ProblemType type : ProblemType.values()) {
            assertThat(documented).contains(type.uri());
        }
    }
}
