package com.photostore.server.cli;

import com.photostore.server.runtime.PhotostoreServer;
import com.photostore.server.wiring.ServerLauncher;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code serve}: starts the server with the profile and settings of the environment, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs Photostore (profile local by default: everything embedded, data under PHOTOSTORE_HOME).")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Override
    public Integer call() {
        PhotostoreServer server;
        try {
            server = ServerLauncher.launch(System.getenv());
        } catch (RuntimeException e) {
            LOG.error("Photostore could not start: {}", StartFailure.describe(e));
            LOG.debug("start-up failure", e);
            return 1;
        }
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        LOG.info("Photostore is ready at {} ({} ms after the JVM started)", server.publicUrl(),
                Duration.between(jvmStart, Instant.now()).toMillis());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "photostore-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
