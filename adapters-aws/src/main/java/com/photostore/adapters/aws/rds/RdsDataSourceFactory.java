package com.photostore.adapters.aws.rds;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.support.AwsServiceFailures;
import com.photostore.adapters.common.postgres.PostgresConnectionSettings;
import com.photostore.adapters.common.postgres.PostgresPool;
import com.photostore.domain.error.UnavailableException;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Opens the connection pool of an RDS PostgreSQL database from its credentials in Secrets Manager (the
 * standard RDS secret JSON: {@code username}, {@code password}, {@code host}, {@code port}, {@code dbname},
 * {@code engine}) and, when given, SSM parameters naming the host and database, over TLS unless configured
 * otherwise; the credentials are read when the pool opens.
 */
public final class RdsDataSourceFactory {
    private final SecretsManagerClient secrets;
    private final SsmClient parameters;

    /** A factory reading secrets and parameters through these clients. */
    public RdsDataSourceFactory(SecretsManagerClient secrets, SsmClient parameters) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** A factory whose clients are built from the settings. */
    public static RdsDataSourceFactory create(AwsClientSettings settings) {
        return new RdsDataSourceFactory(AwsClients.build(SecretsManagerClient.builder(), settings),
                AwsClients.build(SsmClient.builder(), settings));
    }

    /** A started pool over the database; the caller closes it. */
    public HikariDataSource open(RdsDatabaseSettings database) {
        PostgresConnectionSettings settings = connectionSettings(database);
        try {
            return PostgresPool.open(settings);
        } catch (RuntimeException e) {
            throw new UnavailableException("the database " + settings.jdbcUrl() + " did not accept connections", e);
        }
    }

    /** The JDBC URL, user, password and pool settings the secret and parameters describe. */
    public PostgresConnectionSettings connectionSettings(RdsDatabaseSettings database) {
        RdsSecret secret = RdsSecret.parse(database.secretId(), secretString(database.secretId()));
        String host = database.hostParameter().map(this::parameter).orElse(secret.host());
        String name = database.databaseParameter().map(this::parameter).orElse(secret.dbname());
        String jdbcUrl = "jdbc:postgresql://" + host + ":" + secret.port() + "/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8) + "?sslmode=" + database.sslMode();
        return new PostgresConnectionSettings(jdbcUrl, secret.username(), secret.password(), database.maxPoolSize(),
                database.connectTimeout(), database.statementTimeout());
    }

    private String secretString(String secretId) {
        GetSecretValueResponse response;
        try {
            response = secrets.getSecretValue(b -> b.secretId(secretId));
        } catch (SdkException e) {
            throw AwsServiceFailures.translate("reading secret " + secretId, e);
        }
        return Optional.ofNullable(response.secretString())
                .orElseThrow(() -> new IllegalStateException("secret " + secretId + " has no secret string"));
    }

    private String parameter(String name) {
        try {
            String value = parameters.getParameter(b -> b.name(name).withDecryption(true)).parameter().value();
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("parameter " + name + " is empty");
            }
            return value.strip();
        } catch (SdkException e) {
            throw AwsServiceFailures.translate("reading parameter " + name, e);
        }
    }
}
