package com.photostore.adapters.common.logging;

import com.photostore.adapters.common.support.RequestContext;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.SecurityEvent;
import com.photostore.port.out.SecurityEventKind;
import com.photostore.port.out.SecurityEvents;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Security events as one JSON log line each on the logger {@value #LOGGER} ({@code securityEvent}, {@code userId},
 * {@code clientAddress}, {@code requestId}, {@code detail}), counted per kind for the metrics.
 */
public final class LoggedSecurityEvents implements SecurityEvents {
    /** The logger every security event is written to. */
    public static final String LOGGER = "photostore.security";

    private static final System.Logger LOG = System.getLogger(LOGGER);

    private final Map<SecurityEventKind, LongAdder> counts = new EnumMap<>(SecurityEventKind.class);

    public LoggedSecurityEvents() {
        for (SecurityEventKind kind : SecurityEventKind.values()) {
            counts.put(kind, new LongAdder());
        }
    }

    @Override
    public void record(SecurityEvent event) {
        counts.get(event.kind()).increment();
        JsonLine line = new JsonLine()
                .with("securityEvent", event.kind().name())
                .with("userId", event.userId().map(UserId::toString).orElse(null));
        RequestContext.current().ifPresent(request -> line
                .with("clientAddress", request.clientAddress())
                .with("requestId", request.requestId()));
        LOG.log(System.Logger.Level.WARNING, line.with("detail", event.detail()).text());
    }

    /** How many events of the kind were recorded since start. */
    public long count(SecurityEventKind kind) {
        return counts.get(kind).sum();
    }
}
