package com.photostore.adapters.aws.sns;

import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.testing.AwsProtocolStub;
import com.photostore.port.out.Alerts;
import com.photostore.port.out.contract.AlertsContractTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.sns.SnsClient;

/** The alerts contract, run against SNS's Query protocol served by the stub. */
class SnsAlertsContractTest extends AlertsContractTest {
    private static AwsProtocolStub stub;
    private static SnsClient client;

    @BeforeAll
    static void startStub() {
        stub = AwsProtocolStub.start();
        client = AwsClients.build(SnsClient.builder(), stub.clientSettings());
    }

    @AfterAll
    static void stopStub() {
        client.close();
        stub.close();
    }

    @Override
    protected Alerts alerts() {
        return new SnsAlerts(client, "arn:aws:sns:eu-west-1:123456789012:photostore-alerts");
    }

    @Override
    protected List<String> deliveredMessages() {
        return stub.publications().stream().map(AwsProtocolStub.Publication::message).toList();
    }
}
