package com.photostore.lambda.deployment;

import com.photostore.adapters.common.http.contract.HttpApiContractTest;
import com.photostore.wiring.testing.AwsProtocolStack;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/**
 * The HTTP contract suite against the five HTTP functions behind API Gateway, each started from its deployment jar
 * by the runtime interface client, with TransferPhotos ingesting the uploads through the SQS event source, all over
 * the AWS-protocol servers.
 */
class LambdaHttpContractIT extends HttpApiContractTest {
    private static final String ORIGIN = "https://app.photostore.test";

    private final AwsProtocolStack stack = AwsProtocolStack.start(ORIGIN);
    private final DeployedFunctions functions = deploy(stack);

    private static DeployedFunctions deploy(AwsProtocolStack stack) {
        stack.setting("login.address.maxFailures", "100000");
        return DeployedFunctions.over(stack);
    }

    @AfterAll
    void stop() {
        functions.close();
        stack.close();
    }

    @Override
    protected URI baseUri() {
        return functions.api();
    }

    @Override
    protected String allowedOrigin() {
        return ORIGIN;
    }

    @Override
    protected Duration ingestTimeout() {
        return Duration.ofSeconds(60);
    }
}
