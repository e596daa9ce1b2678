package com.photostore.server.ingest;

import com.photostore.port.in.IngestOutcome;
import com.photostore.port.out.UploadQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Counts ingested records by outcome, times them, and reports the queue's depth. */
public final class IngestMetrics {
    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry, UploadQueue queue) {
        this.registry = registry;
        Gauge.builder("photostore.ingest.queue.depth", queue, IngestMetrics::depthOf)
                .description("Messages waiting in the upload queue")
                .register(registry);
    }

    private static double depthOf(UploadQueue queue) {
        try {
            return queue.approximateDepth();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Records one handled record. */
    public void record(IngestOutcome outcome, long nanos) {
        Counter.builder("photostore.ingest.records").tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .description("Ingested object-created records by outcome").register(registry).increment();
        Timer.builder("photostore.ingest.duration").description("Time to ingest one record")
                .publishPercentileHistogram().register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Records a record whose ingest failed and will be retried. */
    public void failure() {
        Counter.builder("photostore.ingest.failures").description("Records whose ingest failed and will be retried")
                .register(registry).increment();
    }
}
