package com.photostore.wiring;

import com.photostore.adapters.common.postgres.PostgresMigrations;
import com.photostore.adapters.common.redis.RedisGateway;
import com.photostore.adapters.common.redis.RedisSettings;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;

/** The PostgreSQL and Redis connections every deployment opens the same way: registered with a probe, made ready. */
public final class SharedBackends {
    /** The prefix of every Redis key Photostore writes. */
    public static final String REDIS_PREFIX = "photostore:";

    private SharedBackends() {
    }

    /** Registers the pool with a validity probe and migrates its database if it is behind; answers how many ran. */
    public static int database(HikariDataSource pool, Backends backends) {
        backends.add("PostgreSQL", pool, () -> {
            try (var connection = pool.getConnection()) {
                return connection.isValid((int) Backend.PROBE_TIMEOUT.toSeconds());
            } catch (SQLException e) {
                return false;
            }
        }, new Backend.Connections() {
            @Override
            public void release() {
                pool.getHikariPoolMXBean().suspendPool();
                pool.getHikariPoolMXBean().softEvictConnections();
            }

            @Override
            public void resume() {
                pool.getHikariPoolMXBean().resumePool();
            }
        });
        return PostgresMigrations.migrateIfBehind(pool);
    }

    /** Opens a Redis gateway and registers it with a PING probe. */
    public static RedisGateway redis(String uri, Backends backends) {
        RedisGateway gateway = RedisGateway.open(RedisSettings.of(uri));
        backends.add("Redis", gateway, gateway::ping, new Backend.Connections() {
            @Override
            public void release() {
                gateway.disconnect();
            }

            @Override
            public void resume() {
            }
        });
        return gateway;
    }
}
