package com.photostore.adapters.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRedisTest {
    @TempDir
    Path directory;

    @Test
    void aKeySurvivesARestartOverTheSameDirectory() {
        Path data = directory.resolve("redis");
        try (EmbeddedRedis redis = EmbeddedRedis.start(data)) {
            assertThat(command(redis, c -> c.sync().set("session:abc", "alice"))).isEqualTo("OK");
        }

        try (EmbeddedRedis redis = EmbeddedRedis.start(data)) {
            assertThat(command(redis, c -> c.sync().get("session:abc"))).isEqualTo("alice");
        }
    }

    @Test
    void theServerIsAChildProcessThatIsGoneAfterClose() {
        EmbeddedRedis redis = EmbeddedRedis.start(directory.resolve("redis"));
        ProcessHandle server = redis.process();
        assertThat(ProcessHandle.current().descendants()).contains(server);
        assertThat(command(redis, c -> c.sync().ping())).isEqualTo("PONG");

        redis.close();

        assertThat(server.isAlive()).isFalse();
        assertThat(ProcessHandle.current().descendants()).doesNotContain(server);
    }

    @Test
    void aTakenPortIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(EmbeddedRedis.HOST))) {
            assertThatThrownBy(() -> EmbeddedRedis.start(directory.resolve("redis"), taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("did not start").hasMessageContaining(Integer.toString(taken.getLocalPort()));
        }
    }

    private static String command(EmbeddedRedis redis, Function<StatefulRedisConnection<String, String>, String> action) {
        RedisURI uri = RedisURI.create(redis.uri());
        uri.setTimeout(Duration.ofSeconds(5));
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return action.apply(connection);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
