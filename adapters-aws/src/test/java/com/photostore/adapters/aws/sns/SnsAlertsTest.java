package com.photostore.adapters.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.testing.AwsProtocolStub;
import com.photostore.domain.error.UnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;

/** What the SNS adapter publishes, and how it fails, against the stub. */
class SnsAlertsTest {
    private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:photostore-alerts";

    private AwsProtocolStub stub;
    private SnsClient client;
    private SnsAlerts alerts;

    @BeforeEach
    void start() {
        stub = AwsProtocolStub.start();
        client = AwsClients.build(SnsClient.builder(), stub.clientSettings());
        alerts = new SnsAlerts(client, TOPIC);
    }

    @AfterEach
    void stop() {
        client.close();
        stub.close();
    }

    @Test
    void anAlertIsPublishedToTheTopicWithItsSubjectAndMessage() {
        alerts.raise("DLQ not empty", "3 messages in photostore-ingest-dlq\nfirst: key uploads/a.jpg");

        assertThat(stub.publications()).singleElement().satisfies(p -> {
            assertThat(p.topicArn()).isEqualTo(TOPIC);
            assertThat(p.subject()).isEqualTo("DLQ not empty");
            assertThat(p.message()).isEqualTo("3 messages in photostore-ingest-dlq\nfirst: key uploads/a.jpg");
        });
    }

    @Test
    void aSubjectIsCutToWhatSnsAccepts() {
        alerts.raise("Ingest\tfailed:\r\n  café ✓ " + "y".repeat(200), "details");

        String subject = stub.publications().get(0).subject();
        assertThat(subject).startsWith("Ingest failed: caf? ? yyy").hasSize(99).matches("[\\x20-\\x7E]+");
    }

    @Test
    void aBlankSubjectBecomesTheFallback() {
        alerts.raise(" \n ", "details");

        assertThat(stub.publications().get(0).subject()).isEqualTo("Photostore alert");
    }

    @Test
    void aFailingServiceIsUnavailable() {
        stub.failing(true);

        assertThatThrownBy(() -> alerts.raise("subject", "message")).isInstanceOf(UnavailableException.class);
        assertThat(stub.count("Publish")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUnreachableEndpointIsUnavailableQuickly() {
        stub.close();
        long started = System.nanoTime();

        assertThatThrownBy(() -> alerts.raise("subject", "message")).isInstanceOf(UnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
