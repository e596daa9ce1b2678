package com.photostore.adapters.common.redis;

import com.photostore.adapters.common.testing.RedisFixture;
import com.photostore.port.out.SessionStore;
import com.photostore.port.out.contract.SessionStoreContractTest;

class RedisSessionStoreContractTest extends SessionStoreContractTest {
    private static final String PREFIX = RedisFixture.uniquePrefix("session-contract");

    @Override
    protected SessionStore sessions() {
        return new RedisSessionStore(SharedGateway.get(), PREFIX);
    }
}
