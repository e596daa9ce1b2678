package com.photostore.adapters.aws.sns;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.support.AwsServiceFailures;
import com.photostore.port.out.Alerts;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Alerts published to an SNS topic, the subject made acceptable to SNS (printable ASCII on one line, cut below
 * 100 characters) and the message sent as given.
 */
public final class SnsAlerts implements Alerts {
    private final SnsClient client;
    private final String topicArn;

    /** Alerts published to the topic through the client. */
    public SnsAlerts(SnsClient client, String topicArn) {
        this.client = Objects.requireNonNull(client, "client");
        this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
        if (!topicArn.startsWith("arn:")) {
            throw new IllegalArgumentException("a topic is named by its ARN");
        }
    }

    /** Alerts published through a client built from the settings. */
    public static SnsAlerts create(AwsClientSettings settings, String topicArn) {
        return new SnsAlerts(AwsClients.build(SnsClient.builder(), settings), topicArn);
    }

    @Override
    public void raise(String subject, String message) {
        Objects.requireNonNull(subject, "subject");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("an alert has a message");
        }
        try {
            client.publish(b -> b.topicArn(topicArn).subject(SnsSubject.of(subject)).message(message));
        } catch (SdkException e) {
            throw AwsServiceFailures.translate("publishing an alert to " + topicArn, e);
        }
    }
}
