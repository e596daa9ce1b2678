package com.photostore.server;

import com.photostore.adapters.common.http.contract.HttpApiContractTest;
import com.photostore.server.runtime.PhotostoreServer;
import com.photostore.server.wiring.ServerLauncher;
import com.photostore.wiring.testing.AwsProtocolStack;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * The HTTP contract suite against the server in profile {@code aws}, over the deployment's resources on
 * AWS-protocol servers (DynamoDB, S3 with its notifications to SQS, Secrets Manager, SSM, RDS, ElastiCache), named
 * by the same variables as in production; photos go from the presigned form through the queue to the ingest workers.
 */
class AwsProfileHttpContractTest extends HttpApiContractTest {
    private static final String ORIGIN = "https://app.photostore.test";

    private final AwsProtocolStack stack = AwsProtocolStack.start(ORIGIN);
    private final PhotostoreServer server = start(stack);

    private static PhotostoreServer start(AwsProtocolStack stack) {
        stack.setting("login.address.maxFailures", "100000");
        stack.setting("signup.address.maxAttempts", "100000");
        Map<String, String> environment = new HashMap<>(stack.environment());
        environment.put(ServerLauncher.PROFILE_VARIABLE, "aws");
        environment.put("PORT", "0");
        return ServerLauncher.launch(environment);
    }

    @AfterAll
    void stop() {
        server.close();
        stack.close();
    }

    @Override
    protected URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    protected String allowedOrigin() {
        return ORIGIN;
    }

    @Override
    protected Duration ingestTimeout() {
        return Duration.ofSeconds(30);
    }
}
