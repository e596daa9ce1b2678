package com.photostore.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.adapters.common.postgres.PostgresConnectionSettings;
import com.photostore.adapters.common.postgres.PostgresPool;
import com.photostore.adapters.common.redis.RedisGateway;
import com.photostore.adapters.common.testing.PostgresFixture;
import com.photostore.adapters.common.testing.RedisFixture;
import com.photostore.adapters.common.testing.RunningRedis;
import com.photostore.adapters.common.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Letting connections go before a snapshot and taking them up after, on the embedded PostgreSQL and Redis. */
class BackendsTest {

    @Test
    void releasedConnectionsCloseAndTheBackendsServeAgainAfterResuming() throws SQLException {
        RunningRedis server = RedisFixture.startDedicated();
        try (TestDatabase database = PostgresFixture.freshDatabase(); Backends backends = new Backends()) {
            HikariDataSource pool = PostgresPool.open(database.settings(Duration.ofSeconds(5)));
            SharedBackends.database(pool, backends);
            RedisGateway redis = SharedBackends.redis(server.uri(), backends);
            assertThat(redis.ping()).isTrue();
            int before = clients(server);

            backends.releaseConnections();

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isZero());
            assertThat(clients(server)).isLessThan(before);
            backends.resumeConnections();
            try (Connection connection = pool.getConnection()) {
                assertThat(connection.isValid(2)).isTrue();
            }
            assertThat(redis.ping()).isTrue();
            assertThat(backends.all()).extracting(Backend::name).containsExactly("PostgreSQL", "Redis");
        } finally {
            server.close();
        }
    }

    private static int clients(RunningRedis server) {
        List<String> lines = new ArrayList<>();
        try (Jedis jedis = new Jedis(server.host(), server.port())) {
            jedis.info("clients").lines().forEach(lines::add);
        }
        return lines.stream().filter(line -> line.startsWith("connected_clients:"))
                .map(line -> Integer.parseInt(line.substring("connected_clients:".length()).strip()))
                .findFirst().orElseThrow();
    }
}
