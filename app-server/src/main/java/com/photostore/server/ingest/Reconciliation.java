package com.photostore.server.ingest;

import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.port.in.IngestOutcome;
import com.photostore.port.in.IngestUploadedObjectUseCase;
import com.photostore.port.out.ObjectInfo;
import com.photostore.port.out.ObjectStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up pass that ingests uploads whose event never arrived (stored while the server was down, or lost
 * from the queue): every upload posted since the last complete pass (with a safety margin) is ingested
 * directly; ingest is idempotent, so photos already handled are left as they are.
 */
public final class Reconciliation {
    static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);
    private static final int PAGE = 1_000;

    private final ObjectStorage storage;
    private final IngestUploadedObjectUseCase ingest;
    private final ReconciliationCheckpoint checkpoint;

    public Reconciliation(ObjectStorage storage, IngestUploadedObjectUseCase ingest, ReconciliationCheckpoint checkpoint) {
        this.storage = storage;
        this.ingest = ingest;
        this.checkpoint = checkpoint;
    }

    /** Runs one pass until done or until {@code keepGoing} turns false; returns what it did per outcome. */
    public Map<IngestOutcome, Integer> run(BooleanSupplier keepGoing) {
        Instant startedAt = Instant.now();
        Optional<Instant> since = checkpoint.last().map(last -> last.minus(MARGIN));
        Map<IngestOutcome, Integer> outcomes = new EnumMap<>(IngestOutcome.class);
        Optional<String> after = Optional.empty();
        int examined = 0;
        while (keepGoing.getAsBoolean()) {
            List<ObjectInfo> page = storage.list(PhotoObjectKeys.uploadsRoot(), after, PAGE);
            for (ObjectInfo info : page) {
                examined++;
                if (isCandidate(info, since)) {
                    IngestOutcome outcome = ingest.ingest(eventOf(info));
                    outcomes.merge(outcome, 1, Integer::sum);
                }
            }
            if (page.size() < PAGE) {
                checkpoint.save(startedAt);
                LOG.info("reconciliation examined {} objects{}: {}", examined,
                        since.map(s -> " written since " + s).orElse(""), outcomes);
                return outcomes;
            }
            after = Optional.of(page.get(page.size() - 1).key().value());
        }
        LOG.info("reconciliation stopped early after {} objects: {}", examined, outcomes);
        return outcomes;
    }

    private static boolean isCandidate(ObjectInfo info, Optional<Instant> since) {
        if (PhotoObjectKeys.parseUpload(info.key().value()).isEmpty()) {
            return false;
        }
        return since.isEmpty() || info.lastModified() == null || !info.lastModified().isBefore(since.get());
    }

    private static ObjectCreatedEvent eventOf(ObjectInfo info) {
        Instant time = info.lastModified() == null ? Instant.now() : info.lastModified();
        return new ObjectCreatedEvent("reconciliation", info.key().value(), info.size(),
                info.eTag() == null ? "" : info.eTag(), "", time);
    }
}
