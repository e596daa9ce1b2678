package com.photostore.port.out;

/** Where the core raises alerts for operators (a subject line and a message, never containing secrets). */
public interface Alerts {

    /** Sends an alert; a backend that cannot be reached is {@link com.photostore.domain.error.UnavailableException}. */
    void raise(String subject, String message);
}
