package com.photostore.server.wiring;

import com.photostore.adapters.common.postgres.PostgresMigrations;
import com.photostore.adapters.common.redis.RedisGateway;
import com.photostore.adapters.common.redis.RedisSettings;
import com.photostore.server.backend.Backend;
import com.photostore.server.backend.Backends;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;

/** The PostgreSQL and Redis connections both profiles open the same way: registered with their probe, made ready. */
final class SharedBackends {

    private SharedBackends() {
    }

    /** Registers the pool with a validity probe and migrates its database; answers how many migrations ran. */
    static int database(HikariDataSource pool, Backends backends) {
        backends.add("PostgreSQL", pool, () -> {
            try (var connection = pool.getConnection()) {
                return connection.isValid((int) Backend.PROBE_TIMEOUT.toSeconds());
            } catch (SQLException e) {
                return false;
            }
        });
        return PostgresMigrations.migrate(pool);
    }

    /** Opens a Redis gateway and registers it with a PING probe. */
    static RedisGateway redis(String uri, Backends backends) {
        RedisGateway gateway = RedisGateway.open(RedisSettings.of(uri));
        backends.add("Redis", gateway, gateway::ping);
        return gateway;
    }
}
