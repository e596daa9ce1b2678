package com.photostore.port.in;

/** A sign-up request as the client sent it, with the client's network address (for rate limiting); the password is never printed. */
public record RegisterUserCommand(String username, String password, String clientAddress) {

    /** A sign-up whose client address is unknown. */
    public RegisterUserCommand(String username, String password) {
        this(username, password, null);
    }

    @Override
    public String toString() {
        return "RegisterUserCommand[username=" + username + ", password=redacted, clientAddress=" + clientAddress + "]";
    }
}
