package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.port.out.Alerts;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Alerts} does: each raised alert reaches the backend, whatever its subject looks like. */
public abstract class AlertsContractTest {
    private Alerts alerts;

    /** The alerts under test; called once before each test. */
    protected abstract Alerts alerts();

    /** The messages the backend has received so far, in any order. */
    protected abstract List<String> deliveredMessages();

    @BeforeEach
    void setUpAlerts() {
        alerts = alerts();
    }

    @Test
    void aRaisedAlertIsDelivered() {
        String message = "queue backlog above limit " + UUID.randomUUID();

        alerts.raise("Photostore: queue backlog", message);

        await().atMost(Duration.ofSeconds(5)).until(() -> deliveredMessages().contains(message));
    }

    @Test
    void aLongSubjectWithAnyCharactersIsAccepted() {
        String message = "odd subject " + UUID.randomUUID();
        String subject = "Ingest failed:\n\"é\" ✓ " + "x".repeat(300);

        alerts.raise(subject, message);

        await().atMost(Duration.ofSeconds(5)).until(() -> deliveredMessages().contains(message));
        assertThat(deliveredMessages()).filteredOn(message::equals).hasSize(1);
    }
}
