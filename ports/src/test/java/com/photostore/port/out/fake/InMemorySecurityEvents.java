package com.photostore.port.out.fake;

import com.photostore.port.out.SecurityEvent;
import com.photostore.port.out.SecurityEventKind;
import com.photostore.port.out.SecurityEvents;
import java.util.ArrayList;
import java.util.List;

/** Security events kept in memory, in the order they were recorded. */
public final class InMemorySecurityEvents implements SecurityEvents {
    private final List<SecurityEvent> recorded = new ArrayList<>();

    @Override
    public synchronized void record(SecurityEvent event) {
        recorded.add(event);
    }

    /** Every event recorded so far. */
    public synchronized List<SecurityEvent> recorded() {
        return List.copyOf(recorded);
    }

    /** The events of one kind recorded so far. */
    public synchronized List<SecurityEvent> of(SecurityEventKind kind) {
        return recorded.stream().filter(e -> e.kind() == kind).toList();
    }
}
