package com.photostore.port.in;

/**
 * A log-in request: the credentials, the client's network address (for rate limiting) and the device token an
 * earlier log-in gave this browser ({@code null} when it has none).
 */
public record LogInCommand(String username, String password, String clientAddress, String deviceToken) {

    /** A log-in from a browser without a device token. */
    public LogInCommand(String username, String password, String clientAddress) {
        this(username, password, clientAddress, null);
    }

    @Override
    public String toString() {
        return "LogInCommand[username=" + username + ", password=redacted, clientAddress=" + clientAddress
                + ", deviceToken=" + (deviceToken == null ? "none" : "redacted") + "]";
    }
}
