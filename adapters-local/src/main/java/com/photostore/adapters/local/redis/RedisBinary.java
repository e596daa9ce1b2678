package com.photostore.adapters.local.redis;

import com.photostore.adapters.local.support.ProcessStarts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.embedded.core.ExecutableProvider;

/**
 * The {@code redis-server} the embedded Redis runs: the system's, found on {@code PATH} (a distribution's package
 * receives security fixes), else the binary bundled in the embedded-redis jar, whose version is named in a warning
 * because it receives none.
 */
record RedisBinary(Path path, String version, boolean bundled) {
    private static final System.Logger LOG = System.getLogger(RedisBinary.class.getName());
    private static final Pattern VERSION = Pattern.compile("v=([0-9][0-9.]*)");

    /** The binary to run, given the {@code PATH} of the environment. */
    static RedisBinary find(String pathVariable) throws IOException {
        Optional<Path> system = onPath(pathVariable);
        if (system.isPresent()) {
            return new RedisBinary(system.get(), versionOf(system.get()), false);
        }
        Path bundled = ExecutableProvider.newJarResourceProvider().get().toPath();
        RedisBinary binary = new RedisBinary(bundled, versionOf(bundled), true);
        LOG.log(System.Logger.Level.WARNING, () -> "no redis-server on PATH: running the bundled Redis "
                + binary.version() + ", which receives no security fixes; install your system's redis-server"
                + " package (Debian: apt-get install redis-server) to use it instead");
        return binary;
    }

    private static Optional<Path> onPath(String pathVariable) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String directory : pathVariable.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory, "redis-server");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String versionOf(Path binary) throws IOException {
        Process process = ProcessStarts.start(new ProcessBuilder(binary.toString(), "--version")
                .redirectErrorStream(true));
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(binary + " --version did not answer within 5 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher version = VERSION.matcher(output);
            return version.find() ? version.group(1) : "of unknown version";
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + binary + " for its version", e);
        }
    }
}
