package com.photostore.adapters.common.postgres;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells the failures of a statement that may pass when retried (connection lost or not to be had, statement timed
 * out or cancelled, server shutting down or out of resources, serialization conflict or deadlock) by their cause.
 */
final class TransientFailures {
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (TRANSIENT_STATES.contains(state)
                        || state.length() == 5 && TRANSIENT_CLASSES.contains(state.substring(0, 2))) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
