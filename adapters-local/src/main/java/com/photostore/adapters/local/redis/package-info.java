/** Embedded Redis for the local server, persisting to an append-only file so that sessions survive restarts. */
package com.photostore.adapters.local.redis;
