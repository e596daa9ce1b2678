package com.photostore.port.in;

/** Trades a refresh token for new tokens. */
public interface RefreshSessionUseCase {

    /**
     * Rotates the refresh token and issues a new access token. A token that was already rotated away
     * revokes its session; an unknown, malformed or expired one is unauthorized.
     */
    SessionTokens refresh(RefreshSessionCommand command);
}
