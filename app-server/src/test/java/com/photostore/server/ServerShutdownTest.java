package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.server.testing.RunningServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerShutdownTest {

    @Test
    void closingTheServerStopsEveryChildProcess() {
        RunningServer server = RunningServer.start();
        List<ProcessHandle> children = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        assertThat(children).as("embedded PostgreSQL and Redis run as children").isNotEmpty();

        server.close();

        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
    }
}
