package com.photostore.adapters.common.redis;

import com.photostore.adapters.common.testing.RedisFixture;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Gives each test class a gateway to the shared Redis server and a key prefix of its own. */
abstract class RedisTestConnection {
    static RedisGateway gateway;
    static String prefix;
    static RedisKeys keys;

    @BeforeAll
    static void connect() {
        gateway = RedisGateway.open(RedisSettings.of(RedisFixture.shared().uri()));
        prefix = RedisFixture.uniquePrefix("redis-adapter");
        keys = new RedisKeys(prefix);
    }

    /** The integer a Redis command answers, read directly to check what the adapters stored. */
    static long number(Function<RedisCommands<String, String>, Long> command) {
        return gateway.call(command);
    }

    @AfterAll
    static void disconnect() {
        gateway.close();
    }
}
