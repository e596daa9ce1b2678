package com.photostore.adapters.local.redis;

import com.photostore.adapters.local.support.ChildProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a Redis server that an owner which has died left running over a data directory, so that two servers never
 * append to the same append-only file; the pid file it wrote there names it.
 */
final class StaleRedis {
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(StaleRedis.class);

    private StaleRedis() {
    }

    /** Stops the server the pid file names if it is a Redis server working in this directory, then removes the file. */
    static void stop(Path dataDirectory, Path pidFile) {
        try {
            Optional<ProcessHandle> named = namedProcess(pidFile);
            if (named.isPresent() && servesDirectory(named.get(), dataDirectory)) {
                LOG.warn("stopping Redis server {} left running over {} by an earlier run", named.get().pid(),
                        dataDirectory);
                ChildProcesses.of(named.get()).terminate().awaitEnd(STOP_WAIT);
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or remove the stale " + pidFile, e);
        }
    }

    /** Whether this process runs a {@code redis-server} binary whose working directory (Redis's {@code dir}) is this one. */
    static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        boolean redis = process.info().command().map(command -> command.contains("redis-server")).orElse(false);
        try {
            return redis && Files.isSameFile(Path.of("/proc", Long.toString(process.pid()), "cwd"), dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<ProcessHandle> namedProcess(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
