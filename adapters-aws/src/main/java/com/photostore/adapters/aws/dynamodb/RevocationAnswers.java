package com.photostore.adapters.aws.dynamodb;

import com.photostore.domain.session.SessionId;
import com.photostore.port.out.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The table's recent answers, at most {@value #CAPACITY} sessions (the least recently asked forgotten first): a
 * revocation is kept until its end, since it cannot be undone; "not revoked" only for {@link #NOT_REVOKED_FOR}, so a
 * revocation written by another function is seen within a second.
 */
final class RevocationAnswers {
    static final Duration NOT_REVOKED_FOR = Duration.ofMillis(500);
    private static final int CAPACITY = 10_000;

    private final Clock clock;
    private final Map<SessionId, Remembered> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionId, Remembered> eldest) {
            return size() > CAPACITY;
        }
    };

    RevocationAnswers(Clock clock) {
        this.clock = clock;
    }

    synchronized Optional<RevocationAnswer> find(SessionId session) {
        Remembered remembered = answers.get(session);
        if (remembered == null) {
            return Optional.empty();
        }
        if (!clock.now().isBefore(remembered.validUntil())) {
            answers.remove(session);
            return Optional.empty();
        }
        return Optional.of(remembered.answer());
    }

    synchronized RevocationAnswer remember(SessionId session, RevocationAnswer answer) {
        Instant validUntil = answer.until().orElseGet(() -> clock.now().plus(NOT_REVOKED_FOR));
        answers.put(session, new Remembered(answer, validUntil));
        return answer;
    }

    private record Remembered(RevocationAnswer answer, Instant validUntil) {
    }
}
