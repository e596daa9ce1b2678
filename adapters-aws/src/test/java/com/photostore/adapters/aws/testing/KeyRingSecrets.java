package com.photostore.adapters.aws.testing;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Key ring secret documents for tests: a fresh one, and its rotation with the old current key kept. */
public final class KeyRingSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<String> keys = new ArrayList<>();

    /** A document with one fresh current key. */
    public KeyRingSecrets() {
        keys.add(newKey());
    }

    /** Makes a fresh key current, keeping the older ones as previous keys. */
    public KeyRingSecrets rotate() {
        keys.add(0, newKey());
        return this;
    }

    /** The secret string in the documented format. */
    public String json() {
        StringBuilder previous = new StringBuilder();
        for (String key : keys.subList(1, keys.size())) {
            previous.append(previous.length() == 0 ? "" : ",").append(key);
        }
        return "{\"current\":" + keys.get(0) + ",\"previous\":[" + previous + "]}";
    }

    private static String newKey() {
        byte[] material = new byte[32];
        RANDOM.nextBytes(material);
        return "{\"kid\":\"k-" + UUID.randomUUID() + "\",\"key\":\"" + Base64.getEncoder().encodeToString(material) + "\"}";
    }
}
