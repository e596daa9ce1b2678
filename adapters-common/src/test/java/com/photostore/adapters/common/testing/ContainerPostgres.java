package com.photostore.adapters.common.testing;

import java.time.Duration;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a Testcontainers container, for machines where Docker runs. */
final class ContainerPostgres implements PostgresServer {
    private static final String IMAGE = "postgres:17-alpine";

    private final PostgreSQLContainer container;

    private ContainerPostgres(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgres start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE)
                .withStartupTimeout(Duration.ofMinutes(2))
                .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off");
        container.start();
        return new ContainerPostgres(container);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
    }

    @Override
    public String user() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public String adminDatabase() {
        return "postgres";
    }

    @Override
    public void close() {
        container.stop();
    }
}
