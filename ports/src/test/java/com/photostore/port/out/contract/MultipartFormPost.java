package com.photostore.port.out.contract;

import com.photostore.domain.photo.UploadForm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Posts a presigned upload form as a browser does: every field, then the file last, as multipart/form-data. */
public final class MultipartFormPost {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private MultipartFormPost() {
    }

    /** Sends the form with the file and returns the response. */
    public static HttpResponse<String> send(UploadForm form, String fileName, byte[] content, String contentType)
            throws IOException, InterruptedException {
        String boundary = "----photostore" + UUID.randomUUID().toString().replace("-", "");
        HttpRequest request = HttpRequest.newBuilder(form.url())
                .timeout(TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, form.fields(), fileName, content, contentType)))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the form with the file and fails with {@link IllegalStateException} unless the answer is 2xx. */
    public static void upload(UploadForm form, String fileName, byte[] content, String contentType) {
        try {
            HttpResponse<String> response = send(form, fileName, content, contentType);
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the upload was refused with status " + response.statusCode()
                        + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the upload failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while uploading", e);
        }
    }

    /** The multipart body: each field as a part, then the file part named {@code file}. */
    static byte[] body(String boundary, Map<String, String> fields, String fileName, byte[] content, String contentType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + quoted(name) + "\"\r\n\r\n" + value + "\r\n"));
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + quoted(fileName)
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "%22").replace("\r", "").replace("\n", "");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
