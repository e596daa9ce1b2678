package com.photostore.adapters.aws.rds;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.support.DeploymentValues;
import com.photostore.domain.error.UnavailableException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.sql.DataSource;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Opens the connection pool of an RDS PostgreSQL database from its credentials in Secrets Manager (the
 * standard RDS secret JSON: {@code username}, {@code password}, {@code host}, {@code port}, {@code dbname},
 * {@code engine}) and, when given, SSM parameters naming the host and database, over TLS unless configured
 * otherwise, through a pool opener the wiring supplies (for example
 * {@code (url, user, password) -> PostgresPool.open(PostgresConnectionSettings.of(url, user, password))});
 * the credentials are read when the pool opens.
 */
public final class RdsDataSourceFactory {
    private final DeploymentValues values;

    /** A factory reading secrets and parameters through these clients. */
    public RdsDataSourceFactory(SecretsManagerClient secrets, SsmClient parameters) {
        this(new DeploymentValues(secrets, parameters));
    }

    /** A factory reading secrets and parameters through this reader. */
    public RdsDataSourceFactory(DeploymentValues values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    /** A factory whose clients are built from the settings. */
    public static RdsDataSourceFactory create(AwsClientSettings settings) {
        return new RdsDataSourceFactory(AwsClients.build(SecretsManagerClient.builder(), settings),
                AwsClients.build(SsmClient.builder(), settings));
    }

    /**
     * A started pool over the database, opened by the opener with the resolved JDBC URL and credentials; a pool
     * that cannot connect is {@link UnavailableException}.
     */
    public <D extends DataSource> D open(RdsDatabaseSettings database, PoolOpener<D> opener) {
        RdsSecret secret = RdsSecret.parse(database.secretId(), values.secretString(database.secretId()));
        String jdbcUrl = jdbcUrl(database, secret);
        try {
            return opener.open(jdbcUrl, secret.username(), secret.password());
        } catch (RuntimeException e) {
            throw new UnavailableException("the database " + jdbcUrl + " did not accept connections", e);
        }
    }

    private String jdbcUrl(RdsDatabaseSettings database, RdsSecret secret) {
        String host = database.hostParameter().map(values::parameter).orElse(secret.host());
        String name = database.databaseParameter().map(values::parameter).orElse(secret.dbname());
        return "jdbc:postgresql://" + host + ":" + secret.port() + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "?sslmode=" + database.sslMode();
    }

    /** Opens a pool from a JDBC URL and credentials. */
    @FunctionalInterface
    public interface PoolOpener<D extends DataSource> {
        D open(String jdbcUrl, String user, String password);
    }
}
