package com.photostore.port.out.fake;

import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.contract.LoginRateLimiterContractTest;
import java.time.Instant;

/** The rate limiter contract, run against the in-memory fake on real time. */
public class InMemoryLoginRateLimiterContractTest extends LoginRateLimiterContractTest {
    @Override
    protected LoginRateLimiter limiter() {
        return new InMemoryLoginRateLimiter(Instant::now);
    }
}
