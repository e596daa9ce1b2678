package com.photostore.port.in;

/** A sign-up request as the client sent it; the password is never printed. */
public record RegisterUserCommand(String username, String password) {
    @Override
    public String toString() {
        return "RegisterUserCommand[username=" + username + ", password=redacted]";
    }
}
