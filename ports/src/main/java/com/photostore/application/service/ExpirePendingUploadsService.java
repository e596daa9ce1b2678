package com.photostore.application.service;

import com.photostore.domain.photo.Photo;
import com.photostore.port.in.ExpirePendingUploadsUseCase;
import com.photostore.port.out.Clock;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.TransitionOutcome;

import java.util.Objects;

/** Rejects PENDING photos whose file did not arrive before their deadline and deletes anything they left. */
public final class ExpirePendingUploadsService implements ExpirePendingUploadsUseCase {
    static final String REASON = "the upload did not arrive in time";

    private final PhotoCatalog catalog;
    private final ObjectStorage storage;
    private final Clock clock;

    public ExpirePendingUploadsService(PhotoCatalog catalog, ObjectStorage storage, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int expire(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
        int expired = 0;
        for (Photo photo : catalog.expiredPending(clock.now(), limit)) {
            TransitionOutcome outcome = catalog.markRejected(photo.owner(), photo.id(), REASON);
            if (outcome instanceof TransitionOutcome.Applied) {
                storage.delete(photo.keys().all());
                expired++;
            }
        }
        return expired;
    }
}
