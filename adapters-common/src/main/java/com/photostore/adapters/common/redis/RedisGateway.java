package com.photostore.adapters.common.redis;

import com.photostore.domain.error.UnavailableException;
import java.util.function.Function;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Blocking connections to one Redis, borrowed from a small pool for each call and opened on first use, so a Redis
 * that is down at start-up only fails the calls; its every failure or time-out surfaces as an
 * {@link UnavailableException}.
 */
public final class RedisGateway implements AutoCloseable {
    /** At most this many calls talk to Redis at once; further callers wait for a connection up to the command time-out. */
    static final int MAX_CONNECTIONS = 16;

    private final JedisPool pool;

    private RedisGateway(JedisPool pool) {
        this.pool = pool;
    }

    /** A gateway that connects on first use and again after a connection failed. */
    public static RedisGateway open(RedisSettings settings) {
        return open(settings, MAX_CONNECTIONS);
    }

    static RedisGateway open(RedisSettings settings, int maxConnections) {
        return new RedisGateway(RedisConnectionPool.open(settings, maxConnections));
    }

    /** Whether Redis answers a PING; a Redis that cannot be reached is unavailable. */
    public boolean ping() {
        return "PONG".equals(call(Jedis::ping));
    }

    /**
     * Runs commands on a connection of its own; a Redis that cannot be reached or does not answer in time is
     * unavailable. A connection that failed is closed, and so are the idle ones, which most likely lost the same
     * server: the next calls connect afresh.
     */
    <T> T call(Function<Jedis, T> commands) {
        try (Jedis redis = pool.getResource()) {
            return commands.apply(redis);
        } catch (JedisConnectionException e) {
            pool.clear();
            throw unavailable(e);
        } catch (JedisException e) {
            if (e.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw unavailable(e);
        }
    }

    private static UnavailableException unavailable(JedisException cause) {
        return new UnavailableException("Redis could not be reached or did not answer in time", cause);
    }

    /** Closes the idle connections (before a snapshot of the process, say); the next call connects afresh. */
    public void disconnect() {
        pool.clear();
    }

    @Override
    public void close() {
        pool.close();
    }
}
