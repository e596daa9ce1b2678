package com.photostore.adapters.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.local.support.LoopbackPort;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;

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

    @Test
    void aClientWithoutThePasswordIsRefusedAndThePasswordIsOnNoCommandLine() throws Exception {
        Path data = directory.resolve("redis");
        try (EmbeddedRedis redis = EmbeddedRedis.start(data)) {
            Path passwordFile = EmbeddedRedis.passwordFileFor(data);
            String password = Files.readString(passwordFile).strip();

            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("redis.conf"))))
                    .isEqualTo("rw-------");
            assertThat(redis.process().info().arguments().map(List::of).orElseThrow())
                    .noneMatch(argument -> argument.contains(password));
            assertThat(redis.toString()).doesNotContain(password);
            try (Jedis anonymous = new Jedis(redis.host(), redis.port(), TIMEOUT_MILLIS)) {
                assertThatThrownBy(anonymous::ping).isInstanceOf(JedisDataException.class)
                        .hasMessageContaining("NOAUTH");
                assertThatThrownBy(() -> anonymous.hset("session:x", "user", "mallory"))
                        .isInstanceOf(JedisDataException.class).hasMessageContaining("NOAUTH");
            }
            try (Jedis guessing = new Jedis(redis.host(), redis.port(), TIMEOUT_MILLIS)) {
                assertThatThrownBy(() -> guessing.auth("not-" + password)).isInstanceOf(JedisDataException.class);
            }
        }
        try (EmbeddedRedis again = EmbeddedRedis.start(data)) {
            assertThat(command(again, c -> c.ping())).isEqualTo("PONG");
        }
    }

    @Test
    void aRedisServerOnThePathIsPreferredToTheBundledOne() throws Exception {
        Path bundled;
        try (EmbeddedRedis redis = EmbeddedRedis.start(directory.resolve("first"))) {
            assertThat(redis.binaryDescription()).startsWith("bundled Redis ");
            bundled = redis.process().info().command().map(Path::of).orElseThrow();
        }
        Path bin = Files.createDirectories(directory.resolve("bin"));
        Path system = bin.resolve("redis-server");
        Files.createSymbolicLink(system, bundled);

        try (EmbeddedRedis redis = EmbeddedRedis.start(directory.resolve("second"), LoopbackPort.free(),
                bin + File.pathSeparator + "/nonexistent")) {
            assertThat(redis.binaryDescription()).startsWith("system Redis ").contains(system.toString());
            assertThat(command(redis, c -> c.ping())).isEqualTo("PONG");
        }
    }

    private static String command(EmbeddedRedis redis, Function<Jedis, String> action) {
        try (Jedis client = new Jedis(redis.host(), redis.port(), TIMEOUT_MILLIS)) {
            client.auth(redis.password());
            return action.apply(client);
        }
    }
}
