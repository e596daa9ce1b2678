package com.photostore.adapters.common.postgres;

import com.photostore.domain.error.UnavailableException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Turns the failures of a jOOQ statement that may pass when retried ({@link TransientFailures}) into
 * {@link UnavailableException}; every other failure passes unchanged.
 */
final class PostgresFailures implements ExecuteListener {
    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException failure = ctx.exception();
        if (failure != null && TransientFailures.isTransient(failure)) {
            ctx.exception(new UnavailableException("the database did not answer in time or is unreachable", failure));
        }
    }
}
