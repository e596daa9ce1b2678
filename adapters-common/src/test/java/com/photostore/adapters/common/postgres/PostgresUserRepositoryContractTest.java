package com.photostore.adapters.common.postgres;

import com.photostore.adapters.common.testing.PostgresDatabaseExtension;
import com.photostore.port.out.UserRepository;
import com.photostore.port.out.contract.UserRepositoryContractTest;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUserRepositoryContractTest extends UserRepositoryContractTest {
    @RegisterExtension
    static final PostgresDatabaseExtension POSTGRES = new PostgresDatabaseExtension();

    @Override
    protected UserRepository users() {
        return new PostgresUserRepository(POSTGRES.database().dataSource(), Duration.ofSeconds(5));
    }
}
