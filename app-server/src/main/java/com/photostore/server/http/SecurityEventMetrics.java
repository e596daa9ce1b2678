package com.photostore.server.http;

import com.photostore.adapters.common.logging.LoggedSecurityEvents;
import com.photostore.port.out.SecurityEventKind;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/** The security events per kind as the counter {@code photostore.security.events} with the tag {@code kind}. */
public final class SecurityEventMetrics {

    private SecurityEventMetrics() {
    }

    /** Publishes the events' counts in the registry. */
    public static void bind(LoggedSecurityEvents events, MeterRegistry registry) {
        for (SecurityEventKind kind : SecurityEventKind.values()) {
            FunctionCounter.builder("photostore.security.events", events, e -> e.count(kind))
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("Security events (failed log-ins, reused refresh tokens, ...) by kind")
                    .register(registry);
        }
    }
}
