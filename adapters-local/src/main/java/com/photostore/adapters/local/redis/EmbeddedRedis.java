package com.photostore.adapters.local.redis;

import com.photostore.adapters.local.support.ChildProcesses;
import com.photostore.adapters.local.support.GeneratedSecret;
import com.photostore.adapters.local.support.LoopbackPort;
import com.photostore.adapters.local.support.OwnerLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A {@code redis-server} (the system's, else the one bundled in the embedded-redis jar: {@link RedisBinary}) run as a
 * child process on 127.0.0.1 with an append-only file in a data directory, so that what it holds (sessions) survives a
 * restart, and a generated password ({@code <data directory>.password}, owner-only) that every client must give, so
 * that other local users cannot read or rewrite sessions; whoever starts it closes it. The process is
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
    private final String password;
    private final RedisBinary binary;

    private EmbeddedRedis(Process server, ProcessHandle process, int port, OwnerLock owner, String password,
                          RedisBinary binary) {
        this.server = server;
        this.process = process;
        this.port = port;
        this.owner = owner;
        this.password = password;
        this.binary = binary;
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
        return start(dataDirectory, port, System.getenv("PATH"));
    }

    /** Starts as above, looking for a system {@code redis-server} on this {@code PATH}. */
    static EmbeddedRedis start(Path dataDirectory, int port, String pathVariable) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path pidFile = directory.resolve(PID_FILE);
        OwnerLock owner = lock(directory);
        try {
            StaleRedis.stop(directory, pidFile);
            String password = GeneratedSecret.readOrCreate(passwordFileFor(directory), "Redis password");
            RedisBinary binary = RedisBinary.find(pathVariable);
            Process server = RedisProcess.launch(binary, directory, pidFile, HOST, port, password);
            return new EmbeddedRedis(server, serverProcess(server, pidFile), port, owner, password, binary);
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

    /** The {@code redis://} URI of the server, with its password: a secret, never to be logged. */
    public String uri() {
        return "redis://:" + password + "@" + HOST + ":" + port;
    }

    String password() {
        return password;
    }

    /** The file that holds the password of a data directory: {@code <directory>.password} next to it. */
    public static Path passwordFileFor(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        return directory.resolveSibling(directory.getFileName() + ".password");
    }

    /** The version of the server binary, and whether it is the bundled one rather than the system's. */
    public String binaryDescription() {
        return (binary.bundled() ? "bundled Redis " : "system Redis ") + binary.version() + " (" + binary.path() + ")";
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
