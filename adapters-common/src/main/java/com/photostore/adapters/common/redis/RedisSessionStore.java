package com.photostore.adapters.common.redis;

import com.photostore.domain.session.RefreshTokenHash;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.RotationOutcome;
import com.photostore.port.out.SessionStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sessions in Redis: one hash per session that expires at the session's end, a list of the refresh-token
 * hashes it had before, and a per-user index; every change that touches several keys runs as one Lua script.
 * Needs a Redis that is not clustered (the per-user scripts reach keys named in the index).
 */
public final class RedisSessionStore implements SessionStore {
    /** How many earlier refresh-token hashes of a session are remembered to recognise a replay. */
    public static final int PREVIOUS_TOKENS_KEPT = 100;

    private static final LuaScript CREATE = LuaScript.named("session-create.lua");
    private static final LuaScript ROTATE = LuaScript.named("session-rotate.lua");
    private static final LuaScript DELETE = LuaScript.named("session-delete.lua");
    private static final LuaScript DELETE_ALL = LuaScript.named("sessions-delete-all.lua");
    private static final LuaScript LIVE = LuaScript.named("sessions-live.lua");

    private final RedisGateway redis;
    private final RedisKeys keys;

    public RedisSessionStore(RedisGateway redis, String keyPrefix) {
        this.redis = redis;
        this.keys = new RedisKeys(keyPrefix);
    }

    @Override
    public void create(Session session) {
        String[] sessionKeys = {keys.session(session.id()), keys.previousTokens(session.id()), keys.sessionsOf(session.userId())};
        redis.call(r -> CREATE.run(r, Long.class, sessionKeys,
                session.id().value(),
                SessionFields.expiryMillis(session),
                SessionFields.USER_ID, session.userId().toString(),
                SessionFields.REFRESH_TOKEN_HASH, session.refreshTokenHash().hex(),
                SessionFields.CREATED_AT, session.createdAt().toString(),
                SessionFields.LAST_USED_AT, session.lastUsedAt().toString(),
                SessionFields.EXPIRES_AT, session.expiresAt().toString()));
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return Optional.ofNullable(SessionFields.read(id, redis.call(r -> r.hgetAll(keys.session(id)))));
    }

    @Override
    public RotationOutcome rotate(SessionId id, RefreshTokenHash presented, RefreshTokenHash next, Instant now, SessionPolicy policy) {
        Optional<Session> stored = find(id);
        if (stored.isEmpty() || stored.get().isExpiredAt(now)) {
            return RotationOutcome.UNKNOWN;
        }
        // The script applies this state only while the presented hash is still current, so it cannot
        // overwrite a rotation that happened after the read.
        Session rotated = stored.get().rotated(next, now, policy);
        String[] sessionKeys = {keys.session(id), keys.previousTokens(id), keys.sessionsOf(rotated.userId())};
        String outcome = redis.call(r -> ROTATE.run(r, String.class, sessionKeys,
                id.value(),
                presented.hex(),
                Integer.toString(PREVIOUS_TOKENS_KEPT),
                SessionFields.expiryMillis(rotated),
                SessionFields.REFRESH_TOKEN_HASH, next.hex(),
                SessionFields.LAST_USED_AT, rotated.lastUsedAt().toString(),
                SessionFields.EXPIRES_AT, rotated.expiresAt().toString()));
        return RotationOutcome.valueOf(outcome);
    }

    @Override
    public boolean delete(SessionId id) {
        String userId = redis.call(r -> r.hget(keys.session(id), SessionFields.USER_ID));
        if (userId == null) {
            return false;
        }
        String[] sessionKeys = {keys.session(id), keys.previousTokens(id), keys.sessionsOf(UserId.parse(userId))};
        Long deleted = redis.call(r -> DELETE.run(r, Long.class, sessionKeys, id.value()));
        return deleted == 1L;
    }

    @Override
    public List<SessionId> deleteAllOf(UserId userId) {
        return perUser(DELETE_ALL, userId, keys.sessionPrefix(), RedisKeys.PREVIOUS_TOKENS_SUFFIX);
    }

    @Override
    public List<SessionId> idsOf(UserId userId) {
        return perUser(LIVE, userId, keys.sessionPrefix());
    }

    private List<SessionId> perUser(LuaScript script, UserId userId, String... args) {
        String[] index = {keys.sessionsOf(userId)};
        List<?> ids = redis.call(r -> script.run(r, List.class, index, args));
        return ids.stream().map(id -> new SessionId(id.toString())).toList();
    }
}
