package com.photostore.adapters.aws.secretsmanager;

import com.photostore.adapters.aws.support.SecretJson;
import com.photostore.port.out.KeyRing;
import com.photostore.port.out.SigningKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** Reads a key ring from the JSON a secret holds; errors say what is wrong, never what the secret contains. */
final class KeyRingDocument {

    private KeyRingDocument() {
    }

    static KeyRing parse(String secretId, String secretString) {
        Map<String, JsonNode> fields = SecretJson.object(secretString)
                .orElseThrow(() -> malformed(secretId, "it is not a JSON object"));
        JsonNode current = fields.get("current");
        if (current == null || !current.isObject()) {
            throw malformed(secretId, "\"current\" is not an object");
        }
        List<SigningKey> previous = new ArrayList<>();
        JsonNode previousNode = fields.get("previous");
        if (previousNode != null && !previousNode.isNull()) {
            if (!previousNode.isArray()) {
                throw malformed(secretId, "\"previous\" is not an array");
            }
            for (JsonNode key : previousNode.asArray()) {
                previous.add(key(secretId, key));
            }
        }
        try {
            return new KeyRing(key(secretId, current), previous);
        } catch (IllegalArgumentException e) {
            throw malformed(secretId, "its key ids are not distinct");
        }
    }

    private static SigningKey key(String secretId, JsonNode node) {
        if (!node.isObject()) {
            throw malformed(secretId, "a key is not an object");
        }
        String kid = text(secretId, node.asObject().get("kid"), "kid");
        String encoded = text(secretId, node.asObject().get("key"), "key");
        byte[] material;
        try {
            material = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw malformed(secretId, "the key of \"" + safeKid(kid) + "\" is not base64");
        }
        if (material.length < SigningKey.MIN_BYTES) {
            throw malformed(secretId, "the key of \"" + safeKid(kid) + "\" is shorter than "
                    + SigningKey.MIN_BYTES + " bytes");
        }
        try {
            return new SigningKey(kid, material);
        } catch (IllegalArgumentException e) {
            throw malformed(secretId, "a kid is not 1-64 characters of [A-Za-z0-9._-]");
        }
    }

    private static String text(String secretId, JsonNode node, String field) {
        if (node == null || !node.isString()) {
            throw malformed(secretId, "a key has no \"" + field + "\" string");
        }
        return node.asString();
    }

    private static String safeKid(String kid) {
        return kid.matches("[A-Za-z0-9._-]{1,64}") ? kid : "?";
    }

    private static IllegalStateException malformed(String secretId, String reason) {
        return new IllegalStateException("secret " + secretId + " is not a key ring document: " + reason);
    }
}
