package com.photostore.adapters.common.redis;

import com.photostore.adapters.common.testing.RedisFixture;
import com.photostore.port.out.RevokedSessions;
import com.photostore.port.out.contract.RevokedSessionsContractTest;

/** The revoked-sessions contract, run against a real Redis. */
class RedisRevokedSessionsContractTest extends RevokedSessionsContractTest {
    private static final String PREFIX = RedisFixture.uniquePrefix("revoked-contract");

    @Override
    protected RevokedSessions revokedSessions() {
        return new RedisRevokedSessions(SharedGateway.get(), PREFIX);
    }
}
