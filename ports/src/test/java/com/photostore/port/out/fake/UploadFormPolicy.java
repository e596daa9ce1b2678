package com.photostore.port.out.fake;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.UploadPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The conditions an in-memory upload form carries, signed like an S3 POST policy: the key, the content
 * type, the size range, the expiry and the metadata, checked again when a file arrives.
 */
record UploadFormPolicy(ObjectKey key, String contentType, long minSize, long maxSize, Instant expiresAt,
                        Map<String, String> metadata) {
    static final String META_PREFIX = "x-amz-meta-";
    private static final String POLICY = "policy";
    private static final String SIGNATURE = "x-amz-signature";
    private static final String SEPARATOR = "\n";

    static UploadForm sign(UploadPolicy policy, Instant now, URI url, byte[] key) {
        UploadFormPolicy conditions = new UploadFormPolicy(policy.key(), policy.contentType().mimeType(),
                policy.minSize(), policy.maxSize(), now.plus(policy.validFor()), new TreeMap<>(policy.metadata()));
        String encoded = conditions.encode();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", policy.key().value());
        fields.put("Content-Type", conditions.contentType());
        conditions.metadata().forEach((name, value) -> fields.put(META_PREFIX + name, value));
        fields.put(POLICY, encoded);
        fields.put(SIGNATURE, FormSignature.hmacHex(key, encoded));
        return new UploadForm(url, fields, conditions.expiresAt());
    }

    static UploadFormPolicy verify(UploadForm form, long size, Instant now, byte[] key) {
        Map<String, String> fields = form.fields();
        String encoded = fields.getOrDefault(POLICY, "");
        if (!FormSignature.same(FormSignature.hmacHex(key, encoded), fields.getOrDefault(SIGNATURE, ""))) {
            throw new UploadRefusedException("the form's signature does not match its policy");
        }
        UploadFormPolicy policy = decode(encoded);
        if (!now.isBefore(policy.expiresAt())) {
            throw new UploadRefusedException("the form has expired");
        }
        if (!policy.key().value().equals(fields.get("key"))) {
            throw new UploadRefusedException("the key is not the one the policy allows");
        }
        if (!policy.contentType().equals(fields.get("Content-Type"))) {
            throw new UploadRefusedException("the content type is not the one the policy allows");
        }
        policy.metadata().forEach((name, value) -> {
            if (!value.equals(fields.get(META_PREFIX + name))) {
                throw new UploadRefusedException("the metadata is not what the policy allows");
            }
        });
        if (size < policy.minSize() || size > policy.maxSize()) {
            throw new UploadRefusedException("the file's size is outside the policy's range");
        }
        return policy;
    }

    private String encode() {
        StringBuilder text = new StringBuilder()
                .append(key.value()).append(SEPARATOR).append(contentType).append(SEPARATOR)
                .append(minSize).append(SEPARATOR).append(maxSize).append(SEPARATOR).append(expiresAt);
        metadata.forEach((name, value) -> text.append(SEPARATOR).append(name).append(SEPARATOR)
                .append(Base64Url.encode(value.getBytes(StandardCharsets.UTF_8))));
        return Base64Url.encode(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static UploadFormPolicy decode(String encoded) {
        String[] parts = new String(Base64Url.decodeOrNull(encoded), StandardCharsets.UTF_8).split(SEPARATOR, -1);
        Map<String, String> metadata = new TreeMap<>();
        for (int i = 5; i + 1 < parts.length; i += 2) {
            metadata.put(parts[i], new String(Base64Url.decodeOrNull(parts[i + 1]), StandardCharsets.UTF_8));
        }
        return new UploadFormPolicy(new ObjectKey(parts[0]), parts[1], Long.parseLong(parts[2]),
                Long.parseLong(parts[3]), Instant.parse(parts[4]), metadata);
    }
}
