package com.photostore.adapters.aws.s3;

import com.photostore.port.out.UploadPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The POST policy document of one upload and the form fields it requires: exact bucket, key and content type,
 * the size range, user metadata, and the Signature Version 4 fields of a credential scope.
 */
final class PostPolicy {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter EXPIRATION = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final String json;
    private final Map<String, String> fields;

    private PostPolicy(String json, Map<String, String> fields) {
        this.json = json;
        this.fields = fields;
    }

    /** The policy for an upload signed at {@code now} by an access key (and session token) in a region. */
    static PostPolicy of(String bucket, UploadPolicy upload, Instant now, String accessKeyId, String region,
                         Optional<String> sessionToken) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", upload.key().value());
        fields.put("Content-Type", upload.contentType().mimeType());
        new TreeMap<>(upload.metadata()).forEach((name, value) -> fields.put("x-amz-meta-" + name, value));
        fields.put("x-amz-algorithm", ALGORITHM);
        fields.put("x-amz-credential", accessKeyId + "/" + DATE.format(now) + "/" + region + "/s3/aws4_request");
        fields.put("x-amz-date", AMZ_DATE.format(now));
        sessionToken.ifPresent(token -> fields.put("x-amz-security-token", token));

        List<String> conditions = new ArrayList<>();
        conditions.add(exact("bucket", bucket));
        fields.forEach((name, value) -> conditions.add(exact(name, value)));
        conditions.add("[\"content-length-range\", " + upload.minSize() + ", " + upload.maxSize() + "]");
        String json = "{\"expiration\": " + quoted(EXPIRATION.format(now.plus(upload.validFor())))
                + ", \"conditions\": [" + String.join(", ", conditions) + "]}";
        return new PostPolicy(json, fields);
    }

    /** The policy document as JSON. */
    String json() {
        return json;
    }

    /** The policy document as the base64 text that is sent and signed. */
    String base64() {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The form fields the policy names, in form order, without the policy and signature. */
    Map<String, String> fields() {
        return fields;
    }

    /** The signing date ({@code yyyyMMdd}) of the credential scope. */
    String date() {
        return fields.get("x-amz-date").substring(0, 8);
    }

    private static String exact(String name, String value) {
        return "{" + quoted(name) + ": " + quoted(value) + "}";
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
