package com.photostore.adapters.common.redis;

import com.photostore.domain.error.UnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.function.Function;

/**
 * One shared, lazily opened Lettuce connection to Redis whose every failure or time-out surfaces as an
 * {@link UnavailableException}.
 */
public final class RedisGateway implements AutoCloseable {
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

    private final RedisClient client;
    private final Object connecting = new Object();
    private volatile StatefulRedisConnection<String, String> connection;

    private RedisGateway(RedisClient client) {
        this.client = client;
    }

    /** A gateway that connects on first use, so a Redis that is down at start-up only fails the calls. */
    public static RedisGateway open(RedisSettings settings) {
        RedisURI uri = RedisURI.create(settings.uri());
        uri.setTimeout(settings.commandTimeout());
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .socketOptions(SocketOptions.builder().connectTimeout(settings.connectTimeout()).keepAlive(true).build())
                .build());
        return new RedisGateway(client);
    }

    /** Runs commands on the connection; a Redis that cannot be reached or does not answer in time is unavailable. */
    public <T> T call(Function<RedisCommands<String, String>, T> commands) {
        try {
            return commands.apply(connection().sync());
        } catch (RedisCommandInterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        } catch (RedisException e) {
            throw unavailable(e);
        }
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> open = connection;
        if (open != null) {
            return open;
        }
        synchronized (connecting) {
            if (connection == null) {
                connection = client.connect();
            }
            return connection;
        }
    }

    private static UnavailableException unavailable(RedisException cause) {
        return new UnavailableException("Redis could not be reached or did not answer in time", cause);
    }

    @Override
    public void close() {
        synchronized (connecting) {
            if (connection != null) {
                connection.close();
            }
            client.shutdown(Duration.ZERO, SHUTDOWN_TIMEOUT);
        }
    }
}
