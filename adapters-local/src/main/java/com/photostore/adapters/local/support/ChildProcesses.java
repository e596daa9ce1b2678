package com.photostore.adapters.local.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** A child process with its own children, which can be waited for and killed if they outlive the wait. */
public final class ChildProcesses {
    private final List<ProcessHandle> family;

    private ChildProcesses(List<ProcessHandle> family) {
        this.family = family;
    }

    /** The process and the children it has now. */
    public static ChildProcesses of(ProcessHandle process) {
        return new ChildProcesses(Stream.concat(Stream.of(process), process.descendants()).toList());
    }

    /** Waits until every one has ended, killing those still alive when the wait is over. */
    public void awaitEnd(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (ProcessHandle process : family) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                process.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
