package com.photostore.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.adapters.aws.support.DeploymentValues;
import com.photostore.adapters.common.redis.RedisGateway;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import com.photostore.domain.user.Username;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.QueueMessage;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Settings;
import com.photostore.port.out.UploadQueue;
import com.photostore.wiring.testing.AwsProtocolStack;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Each backend module builds its adapter from the deployment's variables and reaches its AWS-protocol server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsModulesOverTheStackTest {
    private final AwsProtocolStack stack = AwsProtocolStack.start("https://app.photostore.test");
    private final AwsDeployment aws = new AwsDeployment(new Environment(stack.environment()));
    private final Backends backends = new Backends();
    private final SecretsManagerClient secretsManager = AwsClientsModule.secretsManager(aws, backends);
    private final SsmClient ssm = AwsClientsModule.ssm(aws, backends);
    private final DeploymentValues values = AwsClientsModule.deploymentValues(secretsManager, ssm);

    @AfterAll
    void stop() {
        backends.close();
        stack.close();
    }

    @Test
    void theCatalogIsTheDynamoDbTable() {
        assertThat(DynamoDbModule.catalog(DynamoDbModule.dynamoDb(aws, backends), aws)
                .tagCounts(new UserId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void objectsStoredInTheBucketAreAnnouncedOnTheUploadQueue() {
        ObjectStorage storage = S3Module.storage(aws, backends);
        UploadQueue queue = SqsModule.queue(aws, backends);
        ObjectKey key = new ObjectKey("users/" + UUID.randomUUID() + "/thumbnails/x-256.jpg");

        storage.writeThumbnail(key, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        List<ObjectCreatedEvent> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (QueueMessage message : queue.receive(10, Duration.ofSeconds(1))) {
                events.addAll(message.events());
                queue.acknowledge(message);
            }
            return events.stream().anyMatch(event -> event.key().equals(key.value()));
        });
        assertThat(events).filteredOn(event -> event.key().equals(key.value())).singleElement()
                .satisfies(event -> assertThat(event.bucket()).isEqualTo(stack.bucket()));
        assertThat(storage.isReachable()).isTrue();
    }

    @Test
    void keyRingsAndSettingsComeFromSecretsManagerAndSsm() {
        Settings settings = SsmModule.settings(ssm, aws);
        stack.setting("upload.maxBytes", "1234");

        assertThat(SecretsManagerModule.secrets(secretsManager, aws).keyRing(SecretName.ACCESS_TOKEN_KEYS).current())
                .isNotNull();
        assertThat(settings.find("upload.maxBytes")).contains("1234");
        assertThat(settings.find("upload.formLifetime")).isEmpty();
    }

    @Test
    void theAccountsDatabaseIsFoundThroughTheRdsSecretAndTheParameters() {
        HikariDataSource database = RdsModule.accountsDatabase(values, aws, backends);

        assertThat(RdsModule.users(database).findByUsername(new Username("nobody-here"))).isEmpty();
        assertThat(database.getJdbcUrl()).doesNotContain("rds.invalid").doesNotContain("not-this-one");
    }

    @Test
    void sessionsAreInTheRedisTheParametersName() {
        RedisGateway redis = ElastiCacheModule.redis(aws, values, backends);

        assertThat(ElastiCacheModule.sessions(redis).find(SessionId.fromBytes(new byte[16]))).isEmpty();
    }
}
