package com.photostore.adapters.common.redis;

import com.photostore.adapters.common.testing.RedisFixture;

/** One gateway to the shared test Redis for every test of this package, closed when the JVM exits. */
final class SharedGateway {
    private static final RedisGateway GATEWAY = open();

    private SharedGateway() {
    }

    static RedisGateway get() {
        return GATEWAY;
    }

    private static RedisGateway open() {
        RedisGateway gateway = RedisGateway.open(RedisSettings.of(RedisFixture.shared().uri()));
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close, "shared-redis-gateway-close"));
        return gateway;
    }
}
