package com.photostore.port.out.fake;

import com.photostore.port.out.RevokedSessions;
import com.photostore.port.out.contract.RevokedSessionsContractTest;
import java.time.Instant;

/** The revoked-sessions contract, run against the in-memory fake on the system clock. */
public class InMemoryRevokedSessionsContractTest extends RevokedSessionsContractTest {
    private final InMemoryRevokedSessions revoked = new InMemoryRevokedSessions(Instant::now);

    @Override
    protected RevokedSessions revokedSessions() {
        return revoked;
    }
}
