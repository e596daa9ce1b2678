package com.photostore.adapters.aws.support;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** Reads the JSON object a secret string holds without ever putting the string into an exception or log. */
public final class SecretJson {

    private SecretJson() {
    }

    /** The fields of the JSON object, or empty when the text is not a JSON object. */
    public static Optional<Map<String, JsonNode>> object(String secretString) {
        try {
            JsonNode root = JsonNode.parser().parse(secretString);
            return root.isObject() ? Optional.of(root.asObject()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
