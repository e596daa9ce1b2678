package com.photostore.adapters.local.redis;

import com.photostore.adapters.local.support.SeparateJvm;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import redis.clients.jedis.Jedis;

/** Run in a separate JVM: starts Redis over the given directory, sets a key, announces the server and waits to be killed. */
public final class CrashingRedisOwner {
    private static final int TIMEOUT_MILLIS = 5_000;

    private CrashingRedisOwner() {
    }

    public static void main(String[] arguments) throws Exception {
        EmbeddedRedis redis = EmbeddedRedis.start(Path.of(arguments[0]));
        try (Jedis client = new Jedis(redis.host(), redis.port(), TIMEOUT_MILLIS)) {
            client.auth(redis.password());
            client.set("session:before-the-crash", "alice");
        }
        System.out.println(SeparateJvm.READY + redis.process().pid());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
