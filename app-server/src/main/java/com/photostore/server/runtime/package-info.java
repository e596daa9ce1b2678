/** One running server: HTTP, ingest workers and upkeep over started backends, and their orderly stop. */
package com.photostore.server.runtime;
