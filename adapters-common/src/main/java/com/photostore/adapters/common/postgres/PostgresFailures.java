package com.photostore.adapters.common.postgres;

import com.photostore.domain.error.UnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Turns the failures of a statement that may pass when retried (connection lost or not to be had,
 * statement timed out or cancelled, server shutting down or out of resources, serialization conflict or
 * deadlock) into {@link UnavailableException}; every other failure passes unchanged.
 */
final class PostgresFailures implements ExecuteListener {
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException failure = ctx.exception();
        if (failure != null && isTransient(failure)) {
            ctx.exception(new UnavailableException("the database did not answer in time or is unreachable", failure));
        }
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
