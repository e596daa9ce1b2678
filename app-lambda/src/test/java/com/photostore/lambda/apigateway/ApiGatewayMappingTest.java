package com.photostore.lambda.apigateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.photostore.adapters.aws.testing.AwsSampleEvents;
import com.photostore.adapters.common.http.HttpRequest;
import com.photostore.adapters.common.http.HttpResponse;
import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.lambda.json.EventJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayMappingTest {

    @Test
    void awsSampleHttpApiEventBecomesItsRequest() {
        HttpRequest request = ApiGatewayMapping.request(sample("apigw_http_event.json"));

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/my/path");
        assertThat(request.query()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "parameter1", List.of("value1", "value2"), "parameter2", List.of("value")));
        assertThat(request.header("header2")).contains("value1,value2");
        assertThat(request.header("Cookie")).contains("cookie1; cookie2");
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("Hello from Lambda!!");
        assertThat(request.clientAddress()).as("the sample's sourceIp is the word IP")
                .isEqualTo(ApiGatewayMapping.UNKNOWN_ADDRESS);
    }

    @Test
    void samTemplateEventWithPlaceholdersIsInvalidInput() {
        APIGatewayV2HTTPEvent template = sample("sam_HttpApi.json");
        assertThatThrownBy(() -> ApiGatewayMapping.request(template))
                .as("the method is {{{method}}}").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("event"));

        template.getRequestContext().getHttp().setMethod("POST");
        assertThatThrownBy(() -> ApiGatewayMapping.request(template))
                .as("the body {{{body}}} is marked base64").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("body"));
    }

    @Test
    void base64BodiesAreDecodedAndTheSourceIpIsTheClientAddress() {
        APIGatewayV2HTTPEvent event = event("POST", "/api/v1/users", "$default");
        event.setBody(Base64.getEncoder().encodeToString("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);

        HttpRequest request = ApiGatewayMapping.request(event);

        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(request.clientAddress()).isEqualTo("198.51.100.7");
    }

    @Test
    void aNamedStageIsTakenOffThePath() {
        assertThat(ApiGatewayMapping.request(event("GET", "/prod/api/v1/tags", "prod")).path()).isEqualTo("/api/v1/tags");
        assertThat(ApiGatewayMapping.request(event("GET", "/api/v1/tags", "$default")).path()).isEqualTo("/api/v1/tags");
        assertThat(ApiGatewayMapping.request(event("GET", "/production/x", "prod")).path()).isEqualTo("/production/x");
    }

    @Test
    void eventsThatAreNoHttpRequestsAreInvalidInput() {
        APIGatewayV2HTTPEvent noContext = new APIGatewayV2HTTPEvent();
        APIGatewayV2HTTPEvent badMethod = event("get me", "/api/v1/tags", "$default");
        APIGatewayV2HTTPEvent noPath = event("GET", null, "$default");
        noPath.getRequestContext().getHttp().setPath(null);
        APIGatewayV2HTTPEvent badQuery = event("GET", "/api/v1/photos", "$default");
        badQuery.setRawQueryString("q=%zz");

        for (APIGatewayV2HTTPEvent event : List.of(noContext, badMethod, noPath, badQuery)) {
            assertThatThrownBy(() -> ApiGatewayMapping.request(event)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void jsonBodiesStayTextAndOtherBodiesTravelInBase64() {
        APIGatewayV2HTTPResponse json = ApiGatewayMapping.response(new HttpResponse(200,
                Map.of("Content-Type", "application/problem+json"), "{\"é\":1}".getBytes(StandardCharsets.UTF_8)));
        APIGatewayV2HTTPResponse binary = ApiGatewayMapping.response(new HttpResponse(200,
                Map.of("Content-Type", "image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        APIGatewayV2HTTPResponse empty = ApiGatewayMapping.response(HttpResponse.empty(204));

        assertThat(json.getIsBase64Encoded()).isFalse();
        assertThat(json.getBody()).isEqualTo("{\"é\":1}");
        assertThat(json.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(binary.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(binary.getBody())).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(empty.getStatusCode()).isEqualTo(204);
        assertThat(empty.getBody()).isEmpty();
    }

    private static APIGatewayV2HTTPEvent sample(String name) {
        return EventJson.read(new ByteArrayInputStream(AwsSampleEvents.read(name).getBytes(StandardCharsets.UTF_8)),
                APIGatewayV2HTTPEvent.class);
    }

    private static APIGatewayV2HTTPEvent event(String method, String rawPath, String stage) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        http.setPath(rawPath);
        http.setSourceIp("198.51.100.7");
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setHttp(http);
        context.setStage(stage);
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRawPath(rawPath);
        event.setRequestContext(context);
        return event;
    }
}
