package com.photostore.adapters.common.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;

/**
 * Tells whether a Docker engine can run test containers; where no engine is configured and no engine socket
 * exists it answers at once, without asking Testcontainers (which would try every strategy and log each failure).
 */
public final class DockerProbe {
    private static final Path HOME = Path.of(System.getProperty("user.home"));
    private static final List<Path> SOCKETS = List.of(
            Path.of("/var/run/docker.sock"),
            HOME.resolve(".docker/run/docker.sock"),
            HOME.resolve(".docker/desktop/docker.sock"),
            HOME.resolve(".colima/default/docker.sock"),
            HOME.resolve(".rd/docker.sock"));

    private static volatile Boolean available;

    private DockerProbe() {
    }

    /** Whether containers can be started; asked once per JVM. */
    public static boolean engineAvailable() {
        Boolean known = available;
        if (known == null) {
            known = engineConfigured() && DockerClientFactory.instance().isDockerAvailable();
            available = known;
        }
        return known;
    }

    private static boolean engineConfigured() {
        return isSet(System.getenv("DOCKER_HOST"))
                || isSet(System.getProperty("docker.host"))
                || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                || Files.exists(HOME.resolve(".testcontainers.properties"))
                || Stream.concat(SOCKETS.stream(), rootlessSocket().stream()).anyMatch(Files::exists);
    }

    private static List<Path> rootlessSocket() {
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        return isSet(runtimeDir) ? List.of(Path.of(runtimeDir, "docker.sock")) : List.of();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
