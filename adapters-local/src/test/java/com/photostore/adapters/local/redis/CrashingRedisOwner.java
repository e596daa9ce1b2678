package com.photostore.adapters.local.redis;

import com.photostore.adapters.local.support.SeparateJvm;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** Run in a separate JVM: starts Redis over the given directory, sets a key, announces the server and waits to be killed. */
public final class CrashingRedisOwner {

    private CrashingRedisOwner() {
    }

    public static void main(String[] arguments) throws Exception {
        EmbeddedRedis redis = EmbeddedRedis.start(Path.of(arguments[0]));
        RedisClient client = RedisClient.create(redis.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set("session:before-the-crash", "alice");
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
        System.out.println(SeparateJvm.READY + redis.process().pid());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
