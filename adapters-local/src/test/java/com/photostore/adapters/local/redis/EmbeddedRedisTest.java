package com.photostore.adapters.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

class EmbeddedRedisTest {
    private static final int TIMEOUT_MILLIS = 5_000;

    @TempDir
    Path directory;

    @Test
    void aKeySurvivesARestartOverTheSameDirectory() {
        Path data = directory.resolve("redis");
        try (EmbeddedRedis redis = EmbeddedRedis.start(data)) {
            assertThat(command(redis, c -> c.set("session:abc", "alice"))).isEqualTo("OK");
        }

        try (EmbeddedRedis redis = EmbeddedRedis.start(data)) {
            assertThat(command(redis, c -> c.get("session:abc"))).isEqualTo("alice");
        }
    }

    @Test
    void theServerIsAChildProcessThatIsGoneAfterClose() {
        EmbeddedRedis redis = EmbeddedRedis.start(directory.resolve("redis"));
        ProcessHandle server = redis.process();
        assertThat(ProcessHandle.current().descendants()).contains(server);
        assertThat(command(redis, c -> c.ping())).isEqualTo("PONG");

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

    private static String command(EmbeddedRedis redis, Function<Jedis, String> action) {
        try (Jedis client = new Jedis(redis.host(), redis.port(), TIMEOUT_MILLIS)) {
            return action.apply(client);
        }
    }
}
