package com.photostore.adapters.common.redis;

import com.photostore.adapters.common.testing.RedisFixture;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import redis.clients.jedis.Jedis;

/** Gives each test class the shared gateway and a key prefix of its own. */
abstract class RedisTestConnection {
    static RedisGateway gateway;
    static String prefix;
    static RedisKeys keys;

    @BeforeAll
    static void connect() {
        gateway = SharedGateway.get();
        prefix = RedisFixture.uniquePrefix("redis-adapter");
        keys = new RedisKeys(prefix);
    }

    /** The integer a Redis command answers, read directly to check what the adapters stored. */
    static long number(Function<Jedis, Long> command) {
        return gateway.call(command);
    }

    /** Whether the key exists in Redis. */
    static boolean exists(String key) {
        return gateway.call(r -> r.exists(key));
    }
}
