package com.photostore.adapters.common.http.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Sends requests to a deployment of the API with timeouts and hands every answer to the OpenAPI validator. */
final class ApiClient {
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI baseUri;
    private final OpenApiResponseValidator validator;

    ApiClient(URI baseUri, OpenApiResponseValidator validator) {
        this.baseUri = baseUri;
        this.validator = validator;
    }

    /** Sends a request to a path (with its query string) below the base URI and validates the answer. */
    ApiResponse send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        ApiResponse response = exchange(method, baseUri.resolve(pathAndQuery), headers, body);
        validator.check(method, URI.create(pathAndQuery).getRawPath(), response.status(),
                response.header("Content-Type"), response.body());
        return response;
    }

    /** Fetches an absolute URL (an image the API links to) without validating it against the document. */
    ApiResponse fetch(URI url) {
        return exchange("GET", url, Map.of(), new byte[0]);
    }

    private ApiResponse exchange(String method, URI uri, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiResponse(method, uri.getRawPath(), response.statusCode(), response.headers(),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri.getRawPath() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + uri.getRawPath(), e);
        }
    }
}
