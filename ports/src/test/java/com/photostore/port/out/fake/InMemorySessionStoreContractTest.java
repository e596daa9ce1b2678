package com.photostore.port.out.fake;

import com.photostore.port.out.SessionStore;
import com.photostore.port.out.contract.SessionStoreContractTest;
import java.time.Instant;

/** The session store contract, run against the in-memory fake on real time. */
public class InMemorySessionStoreContractTest extends SessionStoreContractTest {
    @Override
    protected SessionStore sessions() {
        return new InMemorySessionStore(Instant::now);
    }
}
