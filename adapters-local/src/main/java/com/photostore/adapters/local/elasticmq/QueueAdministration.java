package com.photostore.adapters.local.elasticmq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Creates queues on an SQS server through the JSON protocol, which ElasticMQ answers without signed requests. */
final class QueueAdministration {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http;

    QueueAdministration(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** Creates the queue (or finds it, if it exists with the same attributes) and answers its URL. */
    String createQueue(String name, Map<String, String> attributes) {
        ObjectNode request = JSON.createObjectNode().put("QueueName", name);
        ObjectNode requested = request.putObject("Attributes");
        attributes.forEach(requested::put);
        return call("CreateQueue", request).path("QueueUrl").asText();
    }

    /** The ARN of the queue at this URL, which a redrive policy names. */
    String queueArn(String queueUrl) {
        ObjectNode request = JSON.createObjectNode().put("QueueUrl", queueUrl);
        request.putArray("AttributeNames").add("QueueArn");
        return call("GetQueueAttributes", request).path("Attributes").path("QueueArn").asText();
    }

    private JsonNode call(String action, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonSQS." + action)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the queue server answered " + action + " with HTTP "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the queue server did not answer " + action + " at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + action + " at " + endpoint, e);
        }
    }
}
