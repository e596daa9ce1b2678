package com.photostore.port.out.fake;

import com.photostore.port.out.UserRepository;
import com.photostore.port.out.contract.UserRepositoryContractTest;

/** The user repository contract, run against the in-memory fake. */
public class InMemoryUserRepositoryContractTest extends UserRepositoryContractTest {
    @Override
    protected UserRepository users() {
        return new InMemoryUserRepository();
    }
}
