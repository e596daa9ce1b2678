package com.photostore.server;

import com.photostore.adapters.common.http.contract.HttpApiContractTest;
import com.photostore.server.testing.RunningServer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The HTTP contract suite against the Javalin server on the local stack, photos going through the real object server and queue. */
class ServerHttpContractTest extends HttpApiContractTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

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
