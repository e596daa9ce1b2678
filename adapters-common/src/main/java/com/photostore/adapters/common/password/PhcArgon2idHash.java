package com.photostore.adapters.common.password;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Argon2id hash in the PHC string format: {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}, base64 unpadded. */
record PhcArgon2idHash(Argon2idParameters cost, byte[] salt, byte[] hash) {
    static final int VERSION = 19;
    static final int MIN_SALT_BYTES = 8;
    static final int MIN_HASH_BYTES = 16;
    static final int MAX_BYTES = 1024;
    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=([1-9][0-9]{0,9}),t=([1-9][0-9]{0,9}),p=([1-9][0-9]{0,2})"
                    + "\\$([A-Za-z0-9+/]{11,1400})\\$([A-Za-z0-9+/]{22,1400})");

    /** The hash the text encodes; empty when it is not a well-formed Argon2id PHC string. */
    static Optional<PhcArgon2idHash> parse(String encoded) {
        Matcher matcher = FORMAT.matcher(encoded);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Argon2idParameters cost = new Argon2idParameters(
                    Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
            byte[] salt = decode(matcher.group(4));
            byte[] hash = decode(matcher.group(5));
            if (salt.length < MIN_SALT_BYTES || hash.length < MIN_HASH_BYTES || salt.length > MAX_BYTES || hash.length > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new PhcArgon2idHash(cost, salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String format() {
        Base64.Encoder encoder = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=" + VERSION + "$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + encoder.encodeToString(salt) + "$" + encoder.encodeToString(hash);
    }

    private static byte[] decode(String unpadded) {
        byte[] bytes = Base64.getDecoder().decode(unpadded);
        if (!Base64.getEncoder().withoutPadding().encodeToString(bytes).equals(unpadded)) {
            throw new IllegalArgumentException("not canonical base64");
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "PhcArgon2idHash[" + cost + ", redacted]";
    }
}
