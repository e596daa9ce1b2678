package com.photostore.adapters.aws.ssm;

import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.testing.AwsProtocolStub;
import com.photostore.port.out.Settings;
import com.photostore.port.out.contract.SettingsContractTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.ssm.SsmClient;

/** The settings contract, run against SSM's wire protocol served by the stub. */
class SsmSettingsContractTest extends SettingsContractTest {
    private static final String PREFIX = "/photostore/contract";

    private static AwsProtocolStub stub;
    private static SsmClient client;

    @BeforeAll
    static void startStub() {
        stub = AwsProtocolStub.start();
        client = AwsClients.build(SsmClient.builder(), stub.clientSettings());
    }

    @AfterAll
    static void stopStub() {
        client.close();
        stub.close();
    }

    @Override
    protected Settings settings() {
        return new SsmSettings(client, PREFIX, Duration.ofSeconds(1), Instant::now);
    }

    @Override
    protected void define(String name, String value) {
        stub.putParameter(PREFIX + "/" + name, value);
    }
}
