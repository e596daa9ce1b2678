package com.photostore.adapters.aws.rds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.testing.AwsProtocolStub;
import com.photostore.adapters.common.postgres.PostgresUserRepository;
import com.photostore.adapters.common.postgres.PostgresConnectionSettings;
import com.photostore.adapters.common.postgres.PostgresPool;
import com.photostore.adapters.common.testing.PostgresDatabaseExtension;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.user.PasswordHash;
import com.photostore.domain.user.User;
import com.photostore.domain.user.UserId;
import com.photostore.domain.user.Username;
import com.photostore.port.out.UserRepository;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Pools opened from an RDS secret and SSM parameters served by the stub, over the embedded PostgreSQL. */
class RdsDataSourceFactoryTest {
    @RegisterExtension
    static final PostgresDatabaseExtension POSTGRES = new PostgresDatabaseExtension();

    private static final String SECRET_ID = "rds!db-photostore";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final RdsDataSourceFactory.PoolOpener<HikariDataSource> POOLS = (url, user, password) ->
            PostgresPool.open(new PostgresConnectionSettings(url, user, password, 1, Duration.ofSeconds(2), TIMEOUT));

    private AwsProtocolStub stub;
    private SecretsManagerClient secrets;
    private SsmClient parameters;
    private RdsDataSourceFactory factory;
    private URI database;
    private PostgresConnectionSettings real;

    @BeforeEach
    void start() {
        stub = AwsProtocolStub.start();
        secrets = AwsClients.build(SecretsManagerClient.builder(), stub.clientSettings());
        parameters = AwsClients.build(SsmClient.builder(), stub.clientSettings());
        factory = new RdsDataSourceFactory(secrets, parameters);
        real = POSTGRES.database().settings(TIMEOUT);
        database = URI.create(real.jdbcUrl().substring("jdbc:".length()));
    }

    @AfterEach
    void stop() {
        secrets.close();
        parameters.close();
        stub.close();
    }

    @Test
    void aPoolFromTheSecretServesTheUserRepository() {
        stub.putSecret(SECRET_ID, rdsSecret(database.getHost(), databaseName(), real.password()));

        RdsDatabaseSettings settings = RdsDatabaseSettings.ofSecret(SECRET_ID).withSslMode("disable");

        try (HikariDataSource pool = factory.open(settings, POOLS)) {
            assertRoundTrip(pool);
        }
    }

    @Test
    void ssmParametersReplaceTheSecretsHostAndDatabase() {
        stub.putSecret(SECRET_ID, rdsSecret("photostore.cluster-x.eu-west-1.rds.amazonaws.com", "elsewhere",
                real.password()));
        stub.putParameter("/photostore/test/db/host", database.getHost());
        stub.putParameter("/photostore/test/db/name", databaseName());
        RdsDatabaseSettings settings = RdsDatabaseSettings.ofSecret(SECRET_ID).withSslMode("disable")
                .withHostParameter("/photostore/test/db/host").withDatabaseParameter("/photostore/test/db/name");

        try (HikariDataSource pool = factory.open(settings, POOLS)) {
            assertRoundTrip(pool);
        }
        assertThat(stub.count("GetParameter")).isEqualTo(2);
    }

    @Test
    void tlsIsRequiredUnlessConfiguredOtherwise() {
        stub.putSecret(SECRET_ID, rdsSecret(database.getHost(), databaseName(), real.password()));
        List<String> urls = new ArrayList<>();

        assertThatThrownBy(() -> factory.open(RdsDatabaseSettings.ofSecret(SECRET_ID), (url, user, password) -> {
            urls.add(url);
            return POOLS.open(url, user, password);
        }).close())
                .isInstanceOf(UnavailableException.class)
                .hasStackTraceContaining("SSL");
        assertThat(urls).singleElement().asString().endsWith("?sslmode=require");
    }

    @Test
    void thePasswordIsNeverPrinted() {
        String password = "rotated-" + UUID.randomUUID();
        stub.putSecret(SECRET_ID, rdsSecret("127.0.0.1", "photostore", password).replace(
                "\"port\":" + database.getPort(), "\"port\":\"1\""));
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> factory.open(RdsDatabaseSettings.ofSecret(SECRET_ID), (url, user, secret) -> {
            seen.add(url);
            seen.add(secret);
            return POOLS.open(url, user, secret);
        }).close())
                .isInstanceOf(UnavailableException.class)
                .satisfies(e -> assertThat(e.toString()).doesNotContain(password))
                .satisfies(e -> assertThat(e.getCause().toString()).doesNotContain(password));
        assertThat(seen).containsExactly("jdbc:postgresql://127.0.0.1:1/photostore?sslmode=require", password);
    }

    @Test
    void aSecretOfAnotherEngineIsRefused() {
        stub.putSecret(SECRET_ID, rdsSecret("db", "photostore", "pw").replace("\"postgres\"", "\"mysql\""));

        assertThatThrownBy(() -> factory.open(RdsDatabaseSettings.ofSecret(SECRET_ID), POOLS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mysql");
    }

    @Test
    void anUnreachableSecretsManagerIsUnavailableQuickly() {
        stub.close();
        long started = System.nanoTime();

        assertThatThrownBy(() -> factory.open(RdsDatabaseSettings.ofSecret(SECRET_ID), POOLS))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining(SECRET_ID);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private String databaseName() {
        return database.getPath().substring(1);
    }

    private String rdsSecret(String host, String dbname, String password) {
        return "{\"username\":\"" + real.user() + "\",\"password\":\"" + password + "\",\"engine\":\"postgres\","
                + "\"host\":\"" + host + "\",\"port\":" + database.getPort() + ",\"dbname\":\"" + dbname + "\","
                + "\"dbInstanceIdentifier\":\"photostore\"}";
    }

    private static void assertRoundTrip(HikariDataSource pool) {
        UserRepository users = new PostgresUserRepository(pool, TIMEOUT);
        User user = new User(new UserId(UUID.randomUUID()), Username.parse("rds.user" + System.nanoTime() % 1000),
                new PasswordHash("$argon2id$v=19$x"), Instant.parse("2026-01-02T03:04:05Z"));

        assertThat(users.create(user)).isTrue();
        assertThat(users.findByUsername(user.username())).contains(user);
    }
}
