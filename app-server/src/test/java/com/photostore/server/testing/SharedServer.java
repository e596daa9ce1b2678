package com.photostore.server.testing;

import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One {@link RunningServer} for all tests of a class: register it as a static {@code @RegisterExtension} field. */
public final class SharedServer implements BeforeAllCallback, AfterAllCallback {
    private RunningServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = RunningServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    /** The server's root URI. */
    public URI baseUri() {
        return server.baseUri();
    }
}
