package com.photostore.server.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The latency histogram of API requests, tagged by method, route template and status. */
public final class RequestMetrics {
    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one answered request. */
    public void record(String method, String route, int status, long nanos) {
        Timer.builder("photostore.http.requests")
                .description("API requests by route and status")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
