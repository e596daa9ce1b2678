package com.photostore.adapters.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.local.support.SeparateJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

class EmbeddedRedisRecoveryTest {
    private static final int TIMEOUT_MILLIS = 5_000;

    @TempDir
    Path directory;

    @Test
    void theNextStartStopsAServerWhoseOwnerWasKilledAndKeepsItsData() throws Exception {
        Path data = directory.resolve("redis");
        ProcessHandle orphan;
        try (SeparateJvm owner = SeparateJvm.start(CrashingRedisOwner.class, data.toString())) {
            orphan = ProcessHandle.of(owner.awaitReady(Duration.ofSeconds(60))).orElseThrow();
            owner.crash();
        }
        try {
            assertThat(orphan.isAlive()).as("the server outlives its killed owner").isTrue();
            assertThat(StaleRedis.servesDirectory(orphan, data)).isTrue();

            try (EmbeddedRedis redis = EmbeddedRedis.start(data)) {
                assertThat(orphan.isAlive()).isFalse();
                assertThat(redis.process().pid()).isNotEqualTo(orphan.pid());
                assertThat(get(redis, "session:before-the-crash")).isEqualTo("alice");
            }
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void aSecondServerOverADirectoryInUseFailsAndLeavesTheFirstAlone() {
        Path data = directory.resolve("redis");
        try (EmbeddedRedis running = EmbeddedRedis.start(data)) {
            assertThatThrownBy(() -> EmbeddedRedis.start(data)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(data.toString()).hasMessageContaining("in use");
            assertThat(running.process().isAlive()).isTrue();
            assertThat(StaleRedis.servesDirectory(running.process(), data)).isTrue();
        }
    }

    @Test
    void aPidFileNamingALiveProcessThatIsNoRedisServerOverTheDirectoryIsCleared() throws Exception {
        Path data = directory.resolve("redis");
        Files.createDirectories(data);
        long unrelated = ProcessHandle.current().pid();
        Files.writeString(data.resolve("redis.pid"), Long.toString(unrelated));

        try (EmbeddedRedis redis = EmbeddedRedis.start(data)) {
            assertThat(redis.process().pid()).isNotEqualTo(unrelated);
            assertThat(Files.readString(data.resolve("redis.pid")).strip()).isEqualTo(Long.toString(redis.process().pid()));
        }
        assertThat(ProcessHandle.current().isAlive()).isTrue();
        assertThat(StaleRedis.servesDirectory(ProcessHandle.current(), data)).isFalse();
    }

    private static String get(EmbeddedRedis redis, String key) {
        try (Jedis client = new Jedis(redis.host(), redis.port(), TIMEOUT_MILLIS)) {
            client.auth(redis.password());
            return client.get(key);
        }
    }
}
