package com.photostore.port.out;

/** What happened when a refresh token was presented for rotation. */
public enum RotationOutcome {
    /** The token was the current one; it is replaced by the new one. */
    ROTATED,
    /** The token had already been rotated away: it was stolen or replayed, so the session is now revoked. */
    REUSED_SESSION_REVOKED,
    /** No live session has ever had this token. */
    UNKNOWN
}
