package com.photostore.adapters.local.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.adapters.local.support.OwnerOnlyFiles;
import com.photostore.port.out.KeyRing;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signing keys kept in {@code secrets.json} in the home (owner read/write only), generated on first start; a key given
 * in base64 through {@code PHOTOSTORE_ACCESS_TOKEN_KEY} or {@code PHOTOSTORE_CURSOR_KEY} takes the file's place.
 */
public final class FileSecrets implements Secrets {
    public static final String FILE_NAME = "secrets.json";
    private static final int KEY_BYTES = 32;
    private static final int ID_BYTES = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<SecretName, KeyRing> fromEnvironment;
    private final SecureRandom random = new SecureRandom();
    private final Map<SecretName, KeyRing> rings;

    private FileSecrets(Path file, Map<SecretName, KeyRing> fromEnvironment) {
        this.file = file;
        this.fromEnvironment = fromEnvironment;
        this.rings = new EnumMap<>(SecretName.class);
    }

    /** The secrets of this home, generating and saving whatever the file and the environment do not give. */
    public static FileSecrets open(PhotostoreHome home, Map<String, String> environment) {
        FileSecrets secrets = new FileSecrets(home.file(FILE_NAME), keysFrom(environment));
        secrets.load();
        return secrets;
    }

    /** The variable that supplies a secret's key in base64, for example {@code PHOTOSTORE_ACCESS_TOKEN_KEY}. */
    public static String variable(SecretName name) {
        return "PHOTOSTORE_" + name.name().replaceFirst("_KEYS$", "_KEY");
    }

    @Override
    public synchronized KeyRing keyRing(SecretName name) {
        KeyRing supplied = fromEnvironment.get(name);
        return supplied != null ? supplied : rings.get(name);
    }

    /** Makes a fresh key current for new signatures, keeping the former one for verification, and saves the file. */
    public synchronized void rotate(SecretName name) {
        KeyRing before = rings.get(name);
        List<SigningKey> previous = new ArrayList<>();
        previous.add(before.current());
        previous.addAll(before.previous());
        rings.put(name, new KeyRing(freshKey(), previous));
        save();
    }

    private synchronized void load() {
        boolean generated = false;
        JsonNode document = JSON.createObjectNode();
        if (Files.exists(file)) {
            OwnerOnlyFiles.restrict(file);
            document = read();
        }
        for (SecretName name : SecretName.values()) {
            Optional<KeyRing> stored = ring(document.get(name.name()), name);
            if (stored.isPresent()) {
                rings.put(name, stored.get());
            } else {
                rings.put(name, new KeyRing(freshKey(), List.of()));
                generated = true;
            }
        }
        if (generated) {
            save();
        }
    }

    private JsonNode read() {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the secrets file " + file + " is not valid JSON");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secrets file " + file, e);
        }
    }

    private Optional<KeyRing> ring(JsonNode node, SecretName name) {
        if (node == null) {
            return Optional.empty();
        }
        try {
            SigningKey current = key(node.required("current"));
            List<SigningKey> previous = new ArrayList<>();
            for (JsonNode old : node.path("previous")) {
                previous.add(key(old));
            }
            return Optional.of(new KeyRing(current, previous));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the secrets file " + file + " holds a malformed " + name + " entry");
        }
    }

    private static SigningKey key(JsonNode node) {
        return new SigningKey(node.required("kid").asText(), Base64.getDecoder().decode(node.required("key").asText()));
    }

    private void save() {
        ObjectNode document = JSON.createObjectNode();
        rings.forEach((name, ring) -> {
            ObjectNode entry = document.putObject(name.name());
            entry.set("current", keyNode(ring.current()));
            ArrayNode previous = entry.putArray("previous");
            ring.previous().forEach(key -> previous.add(keyNode(key)));
        });
        OwnerOnlyFiles.write(file, document.toPrettyString());
    }

    private static ObjectNode keyNode(SigningKey key) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kid", key.id());
        node.put("key", Base64.getEncoder().encodeToString(key.secret()));
        return node;
    }

    private SigningKey freshKey() {
        byte[] id = new byte[ID_BYTES];
        byte[] secret = new byte[KEY_BYTES];
        random.nextBytes(id);
        random.nextBytes(secret);
        return new SigningKey(Base64.getUrlEncoder().withoutPadding().encodeToString(id), secret);
    }

    private static Map<SecretName, KeyRing> keysFrom(Map<String, String> environment) {
        Map<SecretName, KeyRing> supplied = new EnumMap<>(SecretName.class);
        for (SecretName name : SecretName.values()) {
            String value = environment.get(variable(name));
            if (value != null && !value.isBlank()) {
                supplied.put(name, new KeyRing(suppliedKey(name, value.strip()), List.of()));
            }
        }
        return supplied;
    }

    private static SigningKey suppliedKey(SecretName name, String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(variable(name) + " is not base64");
        }
        if (secret.length < SigningKey.MIN_BYTES) {
            throw new IllegalStateException(variable(name) + " holds fewer than " + SigningKey.MIN_BYTES + " bytes");
        }
        return new SigningKey("env-" + fingerprint(secret), secret);
    }

    private static String fingerprint(byte[] secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "FileSecrets[" + file + "]";
    }
}
