package com.photostore.adapters.common.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/**
 * Tells whether a Docker engine can run test containers, asking Testcontainers only when an engine could
 * plausibly be reached (a {@code DOCKER_HOST}, a Testcontainers configuration or a local socket), so that
 * on a machine with no engine the answer is immediate and nothing is logged.
 */
public final class DockerProbe {
    private static final String FORCE_EMBEDDED = "photostore.test.embedded";

    private DockerProbe() {
    }

    /** Whether test fixtures should start containers rather than embedded servers. */
    public static boolean dockerAvailable() {
        if (Boolean.getBoolean(FORCE_EMBEDDED) || !engineConfigured()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean engineConfigured() {
        String home = System.getProperty("user.home", "");
        return System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"));
    }
}
