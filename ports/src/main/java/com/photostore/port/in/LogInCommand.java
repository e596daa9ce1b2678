package com.photostore.port.in;

/** A log-in request: the credentials and the client's network address (for rate limiting). */
public record LogInCommand(String username, String password, String clientAddress) {
    @Override
    public String toString() {
        return "LogInCommand[username=" + username + ", password=redacted, clientAddress=" + clientAddress + "]";
    }
}
