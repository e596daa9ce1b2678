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
import java.util.ArrayList;
import java.util.List;

/** A minimal SQS client over the JSON protocol for the tests: send, receive, list and read attributes. */
final class SqsJsonClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SqsJsonClient(URI endpoint) {
        this.endpoint = endpoint;
    }

    void send(String queueUrl, String body) throws IOException, InterruptedException {
        call("SendMessage", JSON.createObjectNode().put("QueueUrl", queueUrl).put("MessageBody", body));
    }

    /** Receives at most one message without waiting, leaving it visible again at once unless deleted. */
    List<String> receiveAndRelease(String queueUrl) throws IOException, InterruptedException {
        JsonNode answer = call("ReceiveMessage", JSON.createObjectNode().put("QueueUrl", queueUrl)
                .put("MaxNumberOfMessages", 1).put("VisibilityTimeout", 0).put("WaitTimeSeconds", 0));
        List<String> bodies = new ArrayList<>();
        answer.path("Messages").forEach(message -> bodies.add(message.path("Body").asText()));
        return bodies;
    }

    JsonNode attributes(String queueUrl) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode().put("QueueUrl", queueUrl);
        request.putArray("AttributeNames").add("All");
        return call("GetQueueAttributes", request).path("Attributes");
    }

    List<String> queueUrls() throws IOException, InterruptedException {
        List<String> urls = new ArrayList<>();
        call("ListQueues", JSON.createObjectNode()).path("QueueUrls").forEach(url -> urls.add(url.asText()));
        return urls;
    }

    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }

    private JsonNode call(String action, ObjectNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonSQS." + action)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(action + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
