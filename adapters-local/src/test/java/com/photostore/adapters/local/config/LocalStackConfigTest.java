package com.photostore.adapters.local.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackConfigTest {

    @Test
    void anEmptyEnvironmentStartsEverythingEmbedded() {
        LocalStackConfig config = LocalStackConfig.fromEnvironment(Map.of());

        assertThat(config.database()).isEmpty();
        assertThat(config.redis()).isEmpty();
        assertThat(config.s3()).isEmpty();
        assertThat(config.sqsEndpoint()).isEmpty();
        assertThat(config.dynamoDbEndpoint()).isEmpty();
        assertThat(config.port()).isEqualTo(LocalStackConfig.DEFAULT_PORT);
    }

    @Test
    void everyExternalBackendIsRead() {
        LocalStackConfig config = LocalStackConfig.fromEnvironment(Map.of(
                "DATABASE_URL", "postgres://app:s%40cret@db.example:5433/photos?sslmode=require",
                "REDIS_URL", "redis://:hunter2@cache:6380/1",
                "S3_ENDPOINT", "http://127.0.0.1:9000",
                "S3_ACCESS_KEY", "access",
                "S3_SECRET_KEY", "very-secret",
                "SQS_ENDPOINT", "http://127.0.0.1:9324",
                "DYNAMODB_ENDPOINT", "http://127.0.0.1:4567",
                "PORT", "9090"));

        DatabaseEndpoint database = config.database().orElseThrow();
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/photos?sslmode=require");
        assertThat(database.user()).isEqualTo("app");
        assertThat(database.password()).isEqualTo("s@cret");
        assertThat(config.redis().orElseThrow().uri()).isEqualTo("redis://:hunter2@cache:6380/1");
        assertThat(config.s3().orElseThrow().bucket()).isEqualTo(LocalStackConfig.DEFAULT_BUCKET);
        assertThat(config.s3().orElseThrow().secretKey()).isEqualTo("very-secret");
        assertThat(config.sqsEndpoint()).contains(URI.create("http://127.0.0.1:9324"));
        assertThat(config.dynamoDbEndpoint()).contains(URI.create("http://127.0.0.1:4567"));
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.toString()).doesNotContain("s@cret", "s%40cret", "hunter2", "very-secret");
    }

    @Test
    void aJdbcUrlKeepsItsCredentialsOutOfTheUrl() {
        DatabaseEndpoint database = LocalStackConfig.fromEnvironment(Map.of(
                "DATABASE_URL", "jdbc:postgresql://localhost/photos?user=app&password=pw&connectTimeout=3"))
                .database().orElseThrow();

        assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/photos?connectTimeout=3");
        assertThat(database.user()).isEqualTo("app");
        assertThat(database.password()).isEqualTo("pw");
    }

    @Test
    void malformedValuesNameTheVariableAndNeverPrintASecret() {
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("DATABASE_URL", "mysql://u:topsecret@h/d")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATABASE_URL").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("DATABASE_URL", "postgres://h/d")))
                .hasMessageContaining("user");
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("REDIS_URL", "http://:topsecret@h")))
                .hasMessageContaining("REDIS_URL").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("S3_ENDPOINT", "http://h:9000")))
                .hasMessageContaining("S3_ACCESS_KEY");
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of(
                "S3_ENDPOINT", "http://h:9000", "S3_ACCESS_KEY", "a", "S3_SECRET_KEY", "topsecret", "S3_BUCKET", "No_Such")))
                .hasMessageContaining("S3_BUCKET").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("SQS_ENDPOINT", "not a url")))
                .hasMessageContaining("SQS_ENDPOINT");
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("DYNAMODB_ENDPOINT", "ftp://h")))
                .hasMessageContaining("DYNAMODB_ENDPOINT");
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("PORT", "eighty")))
                .hasMessageContaining("PORT");
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("PORT", "70000")))
                .hasMessageContaining("PORT");
    }
}
