/** Ingest in the server: the queue poller, the start-up reconciliation pass and the expiry of uploads that never arrived. */
package com.photostore.server.ingest;
