package com.photostore.port.in;

/** A refresh request; the token is never printed. */
public record RefreshSessionCommand(String refreshToken) {
    @Override
    public String toString() {
        return "RefreshSessionCommand[redacted]";
    }
}
