package com.photostore.server.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.server.importer.PhotostoreClient;
import java.net.URI;
import java.time.Duration;

/** One account's view of a running server through its HTTP API, with shortcuts for the steps tests repeat. */
public final class Library {
    public static final String PASSWORD = "correct horse battery staple";

    private final PhotostoreClient client;

    private Library(PhotostoreClient client) {
        this.client = client;
    }

    /** Signs a new account up on the server at {@code base} and logs it in. */
    public static Library signUp(URI base, String username) {
        PhotostoreClient client = new PhotostoreClient(base);
        PhotostoreClient.Answer created = client.signUp(username, PASSWORD.toCharArray());
        if (created.status() != 201) {
            throw new IllegalStateException("sign-up answered " + created.status() + ": " + created.detail());
        }
        client.logIn(username, PASSWORD.toCharArray());
        return new Library(client);
    }

    /** Logs an existing account in. */
    public static Library logIn(URI base, String username) {
        PhotostoreClient client = new PhotostoreClient(base);
        client.logIn(username, PASSWORD.toCharArray());
        return new Library(client);
    }

    /** The client, for other calls. */
    public PhotostoreClient client() {
        return client;
    }

    /** Requests an upload of this JPEG with these tags; answers the ticket. */
    public JsonNode requestUpload(String fileName, byte[] content, String... tags) {
        ObjectNode request = PhotostoreClient.object();
        request.put("fileName", fileName);
        request.put("contentType", "image/jpeg");
        request.put("size", content.length);
        var tagList = request.putArray("tags");
        for (String tag : tags) {
            tagList.add(tag);
        }
        PhotostoreClient.Answer ticket = client.call("POST", "/api/v1/uploads", request);
        if (ticket.status() != 201) {
            throw new IllegalStateException("the upload request answered " + ticket.status() + ": " + ticket.detail());
        }
        return ticket.body();
    }

    /** Requests an upload and posts the file with the returned form; answers the photo id. */
    public String upload(String fileName, byte[] content, String... tags) {
        JsonNode ticket = requestUpload(fileName, content, tags);
        int status = client.postForm(ticket.get("upload"), fileName, "image/jpeg", content);
        if (status / 100 != 2) {
            throw new IllegalStateException("the object store answered " + status);
        }
        return ticket.get("photoId").asText();
    }

    /** The photo as the API shows it. */
    public JsonNode photo(String id) {
        PhotostoreClient.Answer answer = client.call("GET", "/api/v1/photos/" + id, null);
        if (answer.status() != 200) {
            throw new IllegalStateException("GET photo answered " + answer.status() + ": " + answer.detail());
        }
        return answer.body();
    }

    /** Waits until the photo leaves PENDING and answers it. */
    public JsonNode awaitProcessed(String id, Duration timeout) {
        return await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> photo(id), photo -> !"PENDING".equalsIgnoreCase(photo.get("status").asText()));
    }
}
