package com.photostore.adapters.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.adapters.local.elasticmq.InProcessElasticMq;
import com.photostore.adapters.local.objectserver.EmbeddedObjectServer;
import com.photostore.adapters.local.objectserver.ObjectServerSettings;
import com.photostore.adapters.local.postgres.EmbeddedPostgres;
import com.photostore.adapters.local.redis.EmbeddedRedis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStackTest {
    @TempDir
    Path home;

    @Test
    void everyEmbeddedServerStartsTogetherAndNoProcessOfThemRemainsAfterClose() {
        Set<ProcessHandle> before = ProcessHandle.current().descendants().collect(Collectors.toSet());
        ProcessHandle postmaster;
        ProcessHandle redisServer;
        long started = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(home.resolve("postgres"));
             EmbeddedRedis redis = EmbeddedRedis.start(home.resolve("redis"));
             EmbeddedObjectServer objects = EmbeddedObjectServer.start(new ObjectServerSettings(home.resolve("objects"),
                     0, "photostore", "local-identity", "local-credential", List.of()), event -> { });
             InProcessElasticMq queues = InProcessElasticMq.start()) {
            System.out.printf("the embedded stack started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            postmaster = postgres.process();
            redisServer = redis.process();
            assertThat(postmaster.isAlive()).isTrue();
            assertThat(ProcessHandle.current().descendants()).contains(redisServer);
            assertThat(List.of(postgres.port(), redis.port(), objects.endpoint().getPort())).doesNotHaveDuplicates();
            assertThat(queues.queue().approximateDepth()).isZero();
        }

        assertThat(postmaster.isAlive()).isFalse();
        assertThat(redisServer.isAlive()).isFalse();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ProcessHandle.current().descendants()
                .filter(process -> !before.contains(process))).as("processes left by the embedded stack").isEmpty());
        assertThat(ProcessHandle.allProcesses().filter(this::mentionsHome)).isEmpty();
    }

    private boolean mentionsHome(ProcessHandle process) {
        return process.info().arguments().map(arguments -> String.join(" ", arguments).contains(home.toString()))
                .orElse(false);
    }
}
