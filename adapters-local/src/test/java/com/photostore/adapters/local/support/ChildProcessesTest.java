package com.photostore.adapters.local.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildProcessesTest {

    @Test
    void aProcessThatIgnoresTheSignalIsKilledWithItsChildrenOnceTheWaitIsOver() throws Exception {
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' INT TERM; sleep 60 & wait").start();
        ProcessHandle shell = stubborn.toHandle();
        await().atMost(Duration.ofSeconds(5)).until(() -> shell.descendants().count() > 0);
        List<ProcessHandle> children = shell.descendants().toList();

        long started = System.nanoTime();
        ChildProcesses.of(shell).interrupt().awaitEnd(Duration.ofMillis(500));

        assertThat(shell.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aProcessThatHonoursTerminationEndsWithinTheWait() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();

        ChildProcesses.of(sleeper.toHandle()).terminate().awaitEnd(Duration.ofSeconds(10));

        assertThat(sleeper.isAlive()).isFalse();
        assertThat(sleeper.exitValue()).as("ended by SIGTERM, not SIGKILL").isEqualTo(128 + 15);
    }
}
