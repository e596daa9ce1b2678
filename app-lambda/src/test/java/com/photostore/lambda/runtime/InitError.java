package com.photostore.lambda.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/** An initialization error the runtime posted to {@code /runtime/init/error}: its error type header and its body. */
public record InitError(Optional<String> errorType, byte[] body) {

    public InitError {
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(body, "body");
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
