package com.photostore.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.nio.charset.StandardCharsets;

/** The test handlers as functions of the fixtures deployment package, and checks on the processes they leave. */
final class Functions {

    private Functions() {
    }

    /** A function running {@code handler}'s {@code handleRequest} from the fixtures package, with Lambda's defaults. */
    static FunctionConfig config(String name, Class<?> handler) {
        if (!RequestStreamHandler.class.isAssignableFrom(handler) && !RequestHandler.class.isAssignableFrom(handler)) {
            throw new IllegalArgumentException(handler + " is no Lambda handler");
        }
        return FunctionConfig.of(name, handler.getName() + "::handleRequest", DeploymentPackages.fixtures());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Asserts that no JVM started by this test JVM is still running. */
    static void assertNoJavaChildLeft() {
        assertThat(ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("/java")).orElse(false)))
                .isEmpty();
    }
}
