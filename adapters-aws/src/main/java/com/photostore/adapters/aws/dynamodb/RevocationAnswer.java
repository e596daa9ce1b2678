package com.photostore.adapters.aws.dynamodb;

import java.time.Instant;
import java.util.Optional;

/** What the table said about one session: not revoked, or revoked until a moment. */
record RevocationAnswer(Optional<Instant> until) {
    static final RevocationAnswer NOT_REVOKED = new RevocationAnswer(Optional.empty());

    static RevocationAnswer revokedUntil(Instant until) {
        return new RevocationAnswer(Optional.of(until));
    }

    boolean revokedAt(Instant now) {
        return until.map(now::isBefore).orElse(false);
    }
}
