package com.photostore.adapters.local.elasticmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.port.out.QueueMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InProcessElasticMqTest {
    private static final ObjectCreatedEvent EVENT = new ObjectCreatedEvent("photostore", "uploads/alice/photo", 10,
            "etag", null, Instant.parse("2026-12-05T07:00:00Z"));

    @Test
    void aMessageReceivedFiveTimesWithoutBeingDeletedMovesToTheDeadLetterQueue() {
        try (InProcessElasticMq engine = InProcessElasticMq.start(
                ElasticMqSettings.defaults().withVisibilityTimeout(Duration.ofMillis(200)))) {
            engine.queue().publish(EVENT);

            for (int receive = 1; receive <= InProcessElasticMq.MAX_RECEIVE_COUNT; receive++) {
                List<QueueMessage> messages = engine.queue().receive(1, Duration.ofSeconds(2));
                assertThat(messages).as("receive %d", receive).singleElement().satisfies(message -> {
                    assertThat(message.events()).containsExactly(EVENT);
                });
            }

            assertThat(engine.queue().receive(1, Duration.ofMillis(600))).isEmpty();
            assertThat(engine.queue().approximateDepth()).isZero();
            assertThat(engine.deadLetterQueue().receive(1, Duration.ofSeconds(2))).singleElement()
                    .satisfies(message -> assertThat(message.events()).containsExactly(EVENT));
        }
    }

    @Test
    void itOpensNoPort() throws IOException {
        Set<String> before = listeningSockets();
        try (InProcessElasticMq engine = InProcessElasticMq.start()) {
            engine.queue().publish(EVENT);
            assertThat(engine.queue().approximateDepth()).isEqualTo(1);

            assertThat(listeningSockets()).isSubsetOf(before);
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(listeningSockets()).as("the check sees a listener of this JVM").hasSize(before.size() + 1);
        }
    }

    @Test
    void aStoppedEngineIsUnavailable() {
        InProcessElasticMq engine = InProcessElasticMq.start();
        engine.close();

        assertThatThrownBy(() -> engine.queue().publish(EVENT)).isInstanceOf(UnavailableException.class);
    }

    /** The inodes of the TCP sockets this JVM listens on (state 0A in /proc/net/tcp and tcp6, open in /proc/self/fd). */
    private static Set<String> listeningSockets() throws IOException {
        Set<String> open;
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            open = fds.map(InProcessElasticMqTest::target).filter(t -> t.startsWith("socket:["))
                    .map(t -> t.substring(8, t.length() - 1)).collect(Collectors.toSet());
        }
        try (Stream<String> v4 = Files.lines(Path.of("/proc/net/tcp")); Stream<String> v6 = Files.lines(Path.of("/proc/net/tcp6"))) {
            return Stream.concat(v4, v6).map(String::trim).map(line -> line.split("\\s+"))
                    .filter(fields -> fields.length > 9 && fields[3].equals("0A") && open.contains(fields[9]))
                    .map(fields -> fields[9]).collect(Collectors.toSet());
        }
    }

    private static String target(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            return "";
        }
    }
}
