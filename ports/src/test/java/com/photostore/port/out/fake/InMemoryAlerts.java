package com.photostore.port.out.fake;

import com.photostore.port.out.Alerts;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** Alerts kept in memory, in the order raised, for tests to inspect. */
public final class InMemoryAlerts implements Alerts {
    private final List<Raised> raised = new CopyOnWriteArrayList<>();

    @Override
    public void raise(String subject, String message) {
        raised.add(new Raised(Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(message, "message")));
    }

    /** The alerts raised so far. */
    public List<Raised> raised() {
        return List.copyOf(raised);
    }

    /** One raised alert. */
    public record Raised(String subject, String message) {
    }
}
