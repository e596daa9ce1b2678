package com.photostore.domain.session;

import com.photostore.domain.encoding.Base64Url;
import java.util.Objects;
import java.util.Optional;

/** The identity of one login session: 128 random bits, base64url. */
public record SessionId(String value) {
    public static final int BYTES = 16;

    public SessionId {
        Objects.requireNonNull(value, "value");
        if (!Base64Url.isEncodingOf(value, BYTES)) {
            throw new IllegalArgumentException("a session id is 16 bytes of base64url");
        }
    }

    /** A session id from 16 random bytes. */
    public static SessionId fromBytes(byte[] random) {
        if (random.length != BYTES) {
            throw new IllegalArgumentException("a session id takes 16 bytes");
        }
        return new SessionId(Base64Url.encode(random));
    }

    /** Parses untrusted text; empty when it is not a session id. */
    public static Optional<SessionId> tryParse(String text) {
        return text != null && Base64Url.isEncodingOf(text, BYTES) ? Optional.of(new SessionId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
