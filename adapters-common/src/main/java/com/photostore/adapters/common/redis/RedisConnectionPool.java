package com.photostore.adapters.common.redis;

import java.time.Duration;
import javax.net.ssl.SSLParameters;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPool;

/**
 * A bounded pool of blocking Jedis connections that opens none until one is borrowed: every connection has the
 * connect and read time-outs of the settings, and waiting for a free one is bounded by the command time-out.
 */
final class RedisConnectionPool {
    /** How often idle connections are checked with a PING, and how long one may stay idle before it is closed. */
    private static final Duration IDLE_CHECK_INTERVAL = Duration.ofSeconds(30);
    private static final Duration MAX_IDLE = Duration.ofMinutes(1);

    private RedisConnectionPool() {
    }

    static JedisPool open(RedisSettings settings, int maxConnections) {
        RedisEndpoint endpoint = RedisEndpoint.parse(settings.uri());
        return new JedisPool(poolConfig(maxConnections, settings.commandTimeout()),
                new HostAndPort(endpoint.host(), endpoint.port()), clientConfig(endpoint, settings));
    }

    private static GenericObjectPoolConfig<Jedis> poolConfig(int maxConnections, Duration borrowTimeout) {
        GenericObjectPoolConfig<Jedis> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(maxConnections);
        config.setMaxIdle(maxConnections);
        config.setMinIdle(0);
        config.setBlockWhenExhausted(true);
        config.setMaxWait(borrowTimeout);
        config.setTestWhileIdle(true);
        config.setTimeBetweenEvictionRuns(IDLE_CHECK_INTERVAL);
        config.setMinEvictableIdleDuration(MAX_IDLE);
        config.setNumTestsPerEvictionRun(-1);
        // JMX registration would load the platform MBean server, a cold-start cost for the Lambda functions.
        config.setJmxEnabled(false);
        return config;
    }

    private static JedisClientConfig clientConfig(RedisEndpoint endpoint, RedisSettings settings) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis(settings.connectTimeout()))
                .socketTimeoutMillis(millis(settings.commandTimeout()))
                .user(endpoint.user())
                .password(endpoint.password())
                .database(endpoint.database())
                .autoNegotiateProtocol(false)
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED);
        if (endpoint.tls()) {
            config.ssl(true).sslParameters(verifyingHostName());
        }
        return config.build();
    }

    /** TLS that checks the server's certificate names the host connected to, as HTTPS does. */
    private static SSLParameters verifyingHostName() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }

    private static int millis(Duration timeout) {
        return Math.toIntExact(Math.max(1, timeout.toMillis()));
    }
}
