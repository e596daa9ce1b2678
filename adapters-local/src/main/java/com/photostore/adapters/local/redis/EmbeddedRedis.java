package com.photostore.adapters.local.redis;

import com.photostore.adapters.local.support.ChildProcesses;
import com.photostore.adapters.local.support.LoopbackPort;
import com.photostore.adapters.local.support.OwnerLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The Redis binary shipped in the embedded-redis jar, run as a child process on 127.0.0.1 with an append-only file in
 * a data directory, so that what it holds (sessions) survives a restart; whoever starts it closes it. The process is
 * launched here rather than through the library, whose JVM shutdown hook would stop Redis while requests in flight
 * still need it.
 */
public final class EmbeddedRedis implements AutoCloseable {
    public static final String HOST = LoopbackPort.HOST;
    private static final String PID_FILE = "redis.pid";
    private static final String OWNER_LOCK_FILE = "redis.lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Process server;
    private final ProcessHandle process;
    private final int port;
    private final OwnerLock owner;

    private EmbeddedRedis(Process server, ProcessHandle process, int port, OwnerLock owner) {
        this.server = server;
        this.process = process;
        this.port = port;
        this.owner = owner;
    }

    /** Starts on a free loopback port over this data directory (created if missing). */
    public static EmbeddedRedis start(Path dataDirectory) {
        return start(dataDirectory, LoopbackPort.free());
    }

    /**
     * Starts on this loopback port over this data directory (created if missing), after stopping a server an earlier
     * owner left running over it; fails if a live owner runs one there.
     */
    public static EmbeddedRedis start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path pidFile = directory.resolve(PID_FILE);
        OwnerLock owner = lock(directory);
        try {
            StaleRedis.stop(directory, pidFile);
            Process server = RedisProcess.launch(directory, pidFile, HOST, port);
            return new EmbeddedRedis(server, serverProcess(server, pidFile), port, owner);
        } catch (IOException | RuntimeException e) {
            owner.close();
            throw new IllegalStateException("embedded Redis did not start on " + HOST + ":" + port + " over " + directory, e);
        }
    }

    private static OwnerLock lock(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Redis data directory " + directory, e);
        }
        return OwnerLock.tryAcquire(directory.resolve(OWNER_LOCK_FILE)).orElseThrow(() -> new IllegalStateException(
                "the Redis data directory " + directory + " is in use by a running server of another owner (" + PID_FILE
                        + " names its process)"));
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The {@code redis://} URI of the server. */
    public String uri() {
        return "redis://" + HOST + ":" + port;
    }

    /** The operating-system process of the server. */
    public ProcessHandle process() {
        return process;
    }

    /** Asks the server to shut down (SIGTERM, on which it writes its append-only file out) and waits for it to end. */
    @Override
    public void close() {
        ChildProcesses processes = ChildProcesses.of(process);
        try {
            server.destroy();
        } finally {
            processes.awaitEnd(STOP_WAIT);
            owner.close();
        }
    }

    private static ProcessHandle serverProcess(Process server, Path pidFile) {
        Optional<ProcessHandle> process = Optional.empty();
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            process = ProcessHandle.of(pid);
        } catch (IOException | NumberFormatException e) {
            stopQuietly(server);
            throw new IllegalStateException("embedded Redis started but wrote no readable " + pidFile, e);
        }
        return process.orElseThrow(() -> new IllegalStateException("embedded Redis ended right after starting"));
    }

    private static void stopQuietly(Process server) {
        server.destroyForcibly();
    }

    @Override
    public String toString() {
        return "EmbeddedRedis[" + HOST + ":" + port + "]";
    }
}
