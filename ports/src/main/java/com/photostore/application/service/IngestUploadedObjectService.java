package com.photostore.application.service;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.port.in.IngestOutcome;
import com.photostore.port.in.IngestUploadedObjectUseCase;
import com.photostore.port.out.ImageAnalysis;
import com.photostore.port.out.ImageInspector;
import com.photostore.port.out.ObjectInfo;
import com.photostore.port.out.ObjectMissingException;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.ObjectTooLargeException;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.Settings;
import com.photostore.port.out.TransitionOutcome;

import java.util.Objects;
import java.util.Optional;

/**
 * Verifies an uploaded original and makes its photo READY, or REJECTED with its objects deleted; every
 * change is conditional on the photo still being PENDING, so repeated and late records have one effect.
 */
public final class IngestUploadedObjectService implements IngestUploadedObjectUseCase {
    static final String SHA256_MISMATCH = "the file's SHA-256 differs from the one announced";

    private final PhotoCatalog catalog;
    private final ObjectStorage storage;
    private final ImageInspector inspector;
    private final ServiceSettings settings;

    public IngestUploadedObjectService(PhotoCatalog catalog, ObjectStorage storage, ImageInspector inspector,
                                       Settings settings) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.settings = new ServiceSettings(settings);
    }

    @Override
    public IngestOutcome ingest(ObjectCreatedEvent event) {
        Optional<PhotoObjectKeys.OriginalRef> ref = PhotoObjectKeys.parseOriginal(event.key());
        if (ref.isEmpty()) {
            return IngestOutcome.NOT_AN_UPLOAD;
        }
        PhotoObjectKeys keys = PhotoObjectKeys.of(ref.get().owner(), ref.get().photoId());
        Optional<Photo> found = catalog.find(ref.get().owner(), ref.get().photoId());
        if (found.isEmpty()) {
            storage.delete(keys.all());
            return IngestOutcome.ORPHAN_REMOVED;
        }
        Photo photo = found.get();
        return switch (photo.status()) {
            case READY -> IngestOutcome.ALREADY_HANDLED;
            case REJECTED -> {
                storage.delete(keys.all());
                yield IngestOutcome.ALREADY_HANDLED;
            }
            case PENDING -> verify(photo);
        };
    }

    private IngestOutcome verify(Photo photo) {
        Optional<ObjectInfo> info = storage.head(photo.keys().original());
        if (info.isEmpty()) {
            return IngestOutcome.OBJECT_GONE;
        }
        long max = settings.uploadMaxBytes();
        long size = info.get().size();
        if (size > max) {
            return reject(photo, tooLarge(size, max));
        }
        if (size != photo.size()) {
            return reject(photo, "the file has " + size + " bytes, not the " + photo.size() + " bytes announced");
        }
        byte[] file;
        try {
            file = storage.readAll(photo.keys().original(), max);
        } catch (ObjectMissingException e) {
            return IngestOutcome.OBJECT_GONE;
        } catch (ObjectTooLargeException e) {
            return reject(photo, tooLarge(e.size(), max));
        }
        ImageAnalysis analysis = inspector.analyse(file);
        if (analysis instanceof ImageAnalysis.Rejected rejected) {
            return reject(photo, rejected.reason());
        }
        return accept(photo, file, (ImageAnalysis.Accepted) analysis);
    }

    private IngestOutcome accept(Photo photo, byte[] file, ImageAnalysis.Accepted image) {
        Sha256 digest = Sha256.of(file);
        if (photo.sha256() != null && !photo.sha256().equals(digest)) {
            return reject(photo, SHA256_MISMATCH);
        }
        storage.writeThumbnail(photo.keys().thumbnail(), image.thumbnail().jpeg());
        storage.writeThumbnail(photo.keys().preview(), image.preview().jpeg());
        TransitionOutcome outcome = catalog.markReady(photo.owner(), photo.id(), image.metadata(), file.length, digest);
        if (outcome instanceof TransitionOutcome.DuplicateContent duplicate) {
            return reject(photo, "duplicate of photo " + duplicate.existing().value());
        }
        return settle(photo, outcome, IngestOutcome.READY);
    }

    /** Marks the photo REJECTED and deletes its objects, unless it stopped being PENDING in the meantime. */
    private IngestOutcome reject(Photo photo, String reason) {
        return settle(photo, catalog.markRejected(photo.owner(), photo.id(), reason), IngestOutcome.REJECTED);
    }

    /** What a conditional transition did, deleting the objects of a photo that is rejected or gone. */
    private IngestOutcome settle(Photo photo, TransitionOutcome outcome, IngestOutcome whenApplied) {
        if (outcome instanceof TransitionOutcome.Applied applied) {
            deleteUnlessReady(applied.photo());
            return whenApplied;
        }
        if (outcome instanceof TransitionOutcome.NotPending notPending) {
            deleteUnlessReady(notPending.current());
            return IngestOutcome.ALREADY_HANDLED;
        }
        if (outcome instanceof TransitionOutcome.Missing) {
            storage.delete(photo.keys().all());
            return IngestOutcome.ORPHAN_REMOVED;
        }
        throw new IllegalStateException("unexpected outcome " + outcome);
    }

    private void deleteUnlessReady(Photo photo) {
        if (photo.status() != PhotoStatus.READY) {
            storage.delete(photo.keys().all());
        }
    }

    private static String tooLarge(long size, long max) {
        return "the file is " + ByteSizes.readable(size) + " (" + size + " bytes), more than the limit of "
                + ByteSizes.readable(max);
    }
}
