package com.photostore.adapters.common.postgres;

import com.photostore.adapters.common.testing.PostgresDatabaseExtension;
import com.photostore.port.out.UserRepository;
import com.photostore.port.out.contract.UserRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqUserRepositoryContractTest extends UserRepositoryContractTest {
    @RegisterExtension
    static final PostgresDatabaseExtension POSTGRES = new PostgresDatabaseExtension();

    @Override
    protected UserRepository users() {
        return new JooqUserRepository(POSTGRES.dsl());
    }
}
