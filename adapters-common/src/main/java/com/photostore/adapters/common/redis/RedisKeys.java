package com.photostore.adapters.common.redis;

import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import java.util.Objects;

/** The names of every Redis key the adapters use, all under one prefix so deployments and tests can share a server. */
final class RedisKeys {
    static final String PREVIOUS_TOKENS_SUFFIX = ":previous";

    private final String prefix;

    RedisKeys(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** What every session key starts with; the session id follows. */
    String sessionPrefix() {
        return prefix + "session:";
    }

    String session(SessionId id) {
        return sessionPrefix() + id.value();
    }

    String previousTokens(SessionId id) {
        return session(id) + PREVIOUS_TOKENS_SUFFIX;
    }

    String sessionsOf(UserId userId) {
        return prefix + "user:" + userId + ":sessions";
    }

    String revokedSession(SessionId id) {
        return prefix + "revoked-session:" + id.value();
    }

    String loginFailures(String key) {
        return prefix + "login-failures:" + key;
    }
}
