/**
 * Redis adapters on Jedis, a blocking client without Netty: the session store and the login rate limiter.
 *
 * <p>Every key starts with a configurable prefix (for example {@code photostore:}):
 * <ul>
 *   <li>{@code <prefix>session:<sessionId>}: a hash of the session, expiring at the session's end;</li>
 *   <li>{@code <prefix>session:<sessionId>:previous}: the last 100 refresh-token hashes the session had, newest first;</li>
 *   <li>{@code <prefix>user:<userId>:sessions}: a sorted set of the user's session ids, scored by their end;</li>
 *   <li>{@code <prefix>login-failures:<key>}: a sorted set of failed log-ins, scored by the Redis server's time.</li>
 * </ul>
 * Changes that touch several keys run as Lua scripts (EVALSHA, then EVAL when the server does not know the
 * script), so they are atomic; the per-user scripts need a Redis that is not clustered. Calls borrow a connection
 * from a small pool that connects on demand ({@code redis://} or {@code rediss://} for TLS, with the URI's password
 * and ACL user). A Redis that cannot be reached, refuses the credentials, or does not answer within the command
 * time-out surfaces as {@link com.photostore.domain.error.UnavailableException}.
 */
package com.photostore.adapters.common.redis;
