package com.photostore.lambda.deployment;

import com.photostore.adapters.common.http.contract.HttpApiContractTest;
import java.net.URI;
import java.time.Duration;

/**
 * The HTTP contract suite against the five HTTP functions behind API Gateway, each started from its deployment jar
 * by the runtime interface client, with TransferPhotos ingesting the uploads through the SQS event source, all over
 * the AWS-protocol servers.
 */
class LambdaHttpContractIT extends HttpApiContractTest {

    @Override
    protected URI baseUri() {
        return SharedDeployment.functions().api();
    }

    @Override
    protected String allowedOrigin() {
        return SharedDeployment.ORIGIN;
    }

    @Override
    protected Duration ingestTimeout() {
        return Duration.ofSeconds(60);
    }
}
