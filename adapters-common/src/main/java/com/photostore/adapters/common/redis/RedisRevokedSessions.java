package com.photostore.adapters.common.redis;

import com.photostore.domain.session.SessionId;
import com.photostore.port.out.RevokedSessions;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.params.SetParams;

/** Revoked sessions as one Redis key per session that expires at its {@code until}, all written in one round trip. */
public final class RedisRevokedSessions implements RevokedSessions {
    private static final String REVOKED = "1";

    private final RedisGateway redis;
    private final RedisKeys keys;

    public RedisRevokedSessions(RedisGateway redis, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keys = new RedisKeys(keyPrefix);
    }

    @Override
    public void revoke(Collection<SessionId> sessions, Instant until) {
        Objects.requireNonNull(until, "until");
        if (sessions.isEmpty()) {
            return;
        }
        SetParams expiry = SetParams.setParams().pxAt(Math.max(1, until.toEpochMilli()));
        redis.call(r -> {
            Pipeline pipeline = r.pipelined();
            for (SessionId session : sessions) {
                pipeline.set(keys.revokedSession(session), REVOKED, expiry);
            }
            pipeline.sync();
            return null;
        });
    }

    @Override
    public boolean isRevoked(SessionId session) {
        String key = keys.revokedSession(Objects.requireNonNull(session, "session"));
        return redis.call(r -> r.exists(key));
    }
}
