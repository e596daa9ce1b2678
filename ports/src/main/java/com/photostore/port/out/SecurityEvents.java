package com.photostore.port.out;

/**
 * Where the core reports security-relevant events, for operators to see and count; recording never fails the
 * request that caused the event.
 */
public interface SecurityEvents {

    /** Records one event. */
    void record(SecurityEvent event);
}
