package com.photostore.application.service;

import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.Photo;
import com.photostore.port.in.ExpirePendingUploadsUseCase;
import com.photostore.port.in.IngestUploadedObjectUseCase;
import com.photostore.port.out.Clock;
import com.photostore.port.out.ObjectInfo;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.TransitionOutcome;

import java.util.Objects;
import java.util.Optional;

/**
 * Rejects PENDING photos whose file did not arrive before their deadline and deletes anything they left; a photo
 * whose file did arrive but whose event was lost (or taken from the queue) is ingested instead, so a lost event
 * delays a photo and never loses it.
 */
public final class ExpirePendingUploadsService implements ExpirePendingUploadsUseCase {
    static final String REASON = "the upload did not arrive in time";

    private final PhotoCatalog catalog;
    private final ObjectStorage storage;
    private final Clock clock;
    private final IngestUploadedObjectUseCase ingest;

    public ExpirePendingUploadsService(PhotoCatalog catalog, ObjectStorage storage, Clock clock,
                                       IngestUploadedObjectUseCase ingest) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
    }

    @Override
    public int expire(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        int expired = 0;
        for (Photo photo : catalog.expiredPending(clock.now(), limit)) {
            Optional<ObjectInfo> upload = storage.head(photo.keys().upload());
            if (upload.isPresent()) {
                ingest.ingest(eventOf(upload.get()));
                continue;
            }
            TransitionOutcome outcome = catalog.markRejected(photo.owner(), photo.id(), REASON);
            if (outcome instanceof TransitionOutcome.Applied) {
                storage.delete(photo.keys().all());
                expired++;
            }
        }
        return expired;
    }

    private ObjectCreatedEvent eventOf(ObjectInfo upload) {
        return new ObjectCreatedEvent("expiry", upload.key().value(), upload.size(),
                upload.eTag() == null ? "" : upload.eTag(), "", clock.now());
    }
}
