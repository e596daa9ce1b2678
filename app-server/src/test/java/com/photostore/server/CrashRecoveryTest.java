package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.local.support.LoopbackPort;
import com.photostore.server.testing.Library;
import com.photostore.server.testing.RunningServer;
import com.photostore.server.testing.ServerProcess;
import com.photostore.server.testing.SharedPhotos;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {
    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path home;

    @TempDir
    Path logs;

    @Test
    void afterKillMinusNineTheNextStartRecoversEveryReadyPhotoAndNoOrphanSurvives() throws Exception {
        String id;
        List<ProcessHandle> orphans;
        try (ServerProcess crashing = ServerProcess.start(home, LoopbackPort.free(), logs.resolve("first.log"))
                .awaitReady(START)) {
            Library bob = Library.signUp(crashing.baseUri(), "crash-bob");
            id = bob.upload("Pentax_K10D.jpg", SharedPhotos.read("jpg/Pentax_K10D.jpg"), "kept");
            assertThat(bob.awaitProcessed(id, Duration.ofSeconds(30)).get("status").asText()).isEqualTo("ready");
            orphans = crashing.handle().descendants().toList();

            crashing.crash();
        }
        assertThat(orphans).as("PostgreSQL and Redis outlive a SIGKILL of their owner").anyMatch(ProcessHandle::isAlive);

        try (RunningServer restarted = RunningServer.start(home, Map.of())) {
            Library bob = Library.logIn(restarted.baseUri(), "crash-bob");
            assertThat(bob.photo(id).get("status").asText()).isEqualTo("ready");
            assertThat(bob.photo(id).get("tags").get(0).asText()).isEqualTo("kept");
            assertThat(orphans).noneMatch(ProcessHandle::isAlive);
        }
    }

    @Test
    void sigtermStopsTheServerAndLeavesNoChildProcess() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, LoopbackPort.free(), logs.resolve("term.log"))
                .awaitReady(START)) {
            List<ProcessHandle> children = server.handle().descendants().toList();
            assertThat(children).isNotEmpty();

            int status = server.terminate(Duration.ofSeconds(60));

            assertThat(status).as("exit status after SIGTERM").isIn(0, 143);
            assertThat(children).noneMatch(ProcessHandle::isAlive);
        }
    }
}
