package com.photostore.adapters.common.redis;

import com.photostore.adapters.common.testing.RedisFixture;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.contract.LoginRateLimiterContractTest;

class RedisLoginRateLimiterContractTest extends LoginRateLimiterContractTest {
    private static final String PREFIX = RedisFixture.uniquePrefix("rate-limit-contract");

    @Override
    protected LoginRateLimiter limiter() {
        return new RedisLoginRateLimiter(SharedGateway.get(), PREFIX);
    }
}
