/**
 * Embedded PostgreSQL for the local server; its data directory outlives the server, and the caller applies the
 * migrations and opens the connection pool (adapter packages stand alone, so this one does not use
 * {@code adapters.common.postgres}).
 */
package com.photostore.adapters.local.postgres;
