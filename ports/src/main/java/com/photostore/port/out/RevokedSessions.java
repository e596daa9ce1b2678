package com.photostore.port.out;

import com.photostore.domain.session.SessionId;
import java.time.Instant;
import java.util.Collection;

/**
 * The sessions whose access tokens are refused before they expire (after log-out, log-out everywhere or a reused
 * refresh token), kept in a store every unit that authenticates requests can read. A record is kept at least until
 * its {@code until}, the moment after which no access token of that session can still be valid.
 */
public interface RevokedSessions {

    /**
     * Records that the access tokens of these sessions are refused from now until {@code until}; revoking a session
     * again replaces its {@code until}.
     */
    void revoke(Collection<SessionId> sessions, Instant until);

    /**
     * Whether the session's access tokens are refused. A revocation is seen by every reader within one second of
     * {@link #revoke} returning.
     */
    boolean isRevoked(SessionId session);
}
