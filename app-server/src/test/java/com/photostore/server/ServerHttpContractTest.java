package com.photostore.server;

import com.photostore.adapters.common.http.contract.HttpApiContractTest;
import com.photostore.server.testing.SharedServer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP contract suite against the Javalin server on the local stack, photos going through the real object server and queue. */
class ServerHttpContractTest extends HttpApiContractTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer();

    @Override
    protected URI baseUri() {
        return server.baseUri();
    }

    @Override
    protected String allowedOrigin() {
        return "http://localhost:" + server.baseUri().getPort();
    }

    @Override
    protected Duration ingestTimeout() {
        return Duration.ofSeconds(30);
    }
}
