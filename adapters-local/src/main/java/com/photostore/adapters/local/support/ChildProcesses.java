package com.photostore.adapters.local.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** A child process with its own children, which can be signalled, waited for and killed if they outlive the wait. */
public final class ChildProcesses {
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);
    private static final Duration SIGNAL_WAIT = Duration.ofSeconds(5);

    private final List<ProcessHandle> family;

    private ChildProcesses(List<ProcessHandle> family) {
        this.family = family;
    }

    /** The process and the children it has now. */
    public static ChildProcesses of(ProcessHandle process) {
        return new ChildProcesses(Stream.concat(Stream.of(process), process.descendants()).toList());
    }

    /** Sends SIGINT to the main process (PostgreSQL's fast shutdown), through the system's {@code kill}. */
    public ChildProcesses interrupt() {
        ProcessHandle main = family.get(0);
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(main.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!kill.waitFor(SIGNAL_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal process " + main.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    /** Sends SIGTERM to the main process. */
    public ChildProcesses terminate() {
        family.get(0).destroy();
        return this;
    }

    /** Waits until every one has ended, killing those still alive when the wait is over and waiting for them to go. */
    public void awaitEnd(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (ProcessHandle process : family) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                process.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                kill(process);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void kill(ProcessHandle process) {
        process.destroyForcibly();
        try {
            process.onExit().get(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("process " + process.pid() + " outlived SIGKILL for " + KILL_WAIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
