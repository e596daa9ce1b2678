package com.photostore.adapters.common.logging;

import com.photostore.adapters.common.support.RequestContext;
import com.photostore.port.out.Alerts;
import java.util.Objects;

/**
 * Alerts as one JSON log line each ({@code alert}, {@code message}, {@code requestId}) at level ERROR on the logger
 * {@value LoggedSecurityEvents#LOGGER}, where a log alarm (a CloudWatch metric filter, a log shipper's rule) picks
 * them up.
 */
public final class LoggedAlerts implements Alerts {
    private static final System.Logger LOG = System.getLogger(LoggedSecurityEvents.LOGGER);

    @Override
    public void raise(String subject, String message) {
        Objects.requireNonNull(subject, "subject");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("an alert has a message");
        }
        JsonLine line = new JsonLine().with("alert", subject).with("message", message);
        RequestContext.current().ifPresent(request -> line.with("requestId", request.requestId()));
        LOG.log(System.Logger.Level.ERROR, line.text());
    }
}
