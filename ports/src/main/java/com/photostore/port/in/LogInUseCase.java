package com.photostore.port.in;

/** Starts a session for a username and password. */
public interface LogInUseCase {

    /**
     * Checks the credentials and opens a new session. Unknown usernames take as long as wrong passwords
     * and are reported the same way; repeated failures per account and per client address are rate-limited.
     */
    SessionTokens logIn(LogInCommand command);
}
