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
import com.photostore.port.out.SecurityEvent;
import com.photostore.port.out.SecurityEventKind;
import com.photostore.port.out.SecurityEvents;
import com.photostore.port.out.Settings;
import com.photostore.port.out.TransitionOutcome;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a posted upload and makes its photo READY, writing the verified bytes to the original's key (which no form
 * names), or REJECTED with its objects deleted; every change is conditional on the photo still being PENDING, so
 * repeated and late records have one effect, and a file posted again through a used form never reaches the original.
 */
public final class IngestUploadedObjectService implements IngestUploadedObjectUseCase {
    static final String SHA256_MISMATCH = "the file's SHA-256 differs from the one announced";

    private final SecurityEvents events;
    private final PhotoCatalog catalog;
    private final ObjectStorage storage;
    private final ImageInspector inspector;
    private final ServiceSettings settings;

    public IngestUploadedObjectService(PhotoCatalog catalog, ObjectStorage storage, ImageInspector inspector,
                                       Settings settings, SecurityEvents events) {
        this.events = Objects.requireNonNull(events, "events");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.settings = new ServiceSettings(settings);
    }

    @Override
    public IngestOutcome ingest(ObjectCreatedEvent event) {
        Optional<PhotoObjectKeys.PhotoRef> ref = PhotoObjectKeys.parseUpload(event.key());
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
            case READY -> settleReady(photo);
            case REJECTED -> {
                storage.delete(keys.all());
                yield IngestOutcome.ALREADY_HANDLED;
            }
            case PENDING -> verify(photo);
        };
    }

    private IngestOutcome verify(Photo photo) {
        Optional<ObjectInfo> info = storage.head(photo.keys().upload());
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
            file = storage.readAll(photo.keys().upload(), max);
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

    /**
     * Writes the verified bytes to the original's key and the thumbnails, then marks the photo READY; the ingest that
     * won the transition checks that the original still holds its bytes (a concurrent ingest of other bytes posted
     * through the same form may have written after it) and writes them again if not, before removing the upload.
     */
    private IngestOutcome accept(Photo photo, byte[] file, ImageAnalysis.Accepted image) {
        Sha256 digest = Sha256.of(file);
        if (photo.sha256() != null && !photo.sha256().equals(digest)) {
            return reject(photo, SHA256_MISMATCH);
        }
        publish(photo, file, image);
        TransitionOutcome outcome = catalog.markReady(photo.owner(), photo.id(), image.metadata(), file.length, digest);
        if (outcome instanceof TransitionOutcome.DuplicateContent duplicate) {
            return reject(photo, "duplicate of photo " + duplicate.existing().value());
        }
        if (outcome instanceof TransitionOutcome.Applied) {
            if (!storage.head(photo.keys().original()).map(info -> holds(info, file)).orElse(false)) {
                publish(photo, file, image);
            }
            storage.delete(List.of(photo.keys().upload()));
            return IngestOutcome.READY;
        }
        return settle(photo, outcome, IngestOutcome.READY);
    }

    private void publish(Photo photo, byte[] file, ImageAnalysis.Accepted image) {
        storage.writeOriginal(photo.keys().original(), file, photo.contentType());
        storage.writeThumbnail(photo.keys().thumbnail(), image.thumbnail().jpeg());
        storage.writeThumbnail(photo.keys().preview(), image.preview().jpeg());
    }

    /**
     * A record for a READY photo: a late or repeated one (the upload is gone, or holds the original's bytes: removed),
     * or a second file posted through the used form (discarded: the original keeps the bytes that were verified).
     */
    private IngestOutcome settleReady(Photo photo) {
        Optional<ObjectInfo> upload = storage.head(photo.keys().upload());
        if (upload.isEmpty()) {
            return IngestOutcome.ALREADY_HANDLED;
        }
        Optional<ObjectInfo> original = storage.head(photo.keys().original());
        if (original.isEmpty() || !sameContent(upload.get(), original.get())) {
            events.record(SecurityEvent.of(SecurityEventKind.UPLOAD_REJECTED, photo.owner(), "photo "
                    + photo.id().value() + ": a file posted again through its used upload form was discarded"));
        }
        storage.delete(List.of(photo.keys().upload()));
        return IngestOutcome.ALREADY_HANDLED;
    }

    /** Whether an object holds these bytes, by its ETag (the MD5 of a single-part object's content). */
    private static boolean holds(ObjectInfo info, byte[] file) {
        return info.size() == file.length && info.eTag() != null && unquoted(info.eTag()).equals(md5Hex(file));
    }

    /** Whether two single-part objects hold the same bytes, by their ETags. */
    private static boolean sameContent(ObjectInfo a, ObjectInfo b) {
        return a.size() == b.size() && a.eTag() != null && b.eTag() != null
                && unquoted(a.eTag()).equals(unquoted(b.eTag()));
    }

    private static String unquoted(String eTag) {
        return eTag.replace("\"", "").toLowerCase(Locale.ROOT);
    }

    private static String md5Hex(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    /** Marks the photo REJECTED and deletes its objects, unless it stopped being PENDING in the meantime. */
    private IngestOutcome reject(Photo photo, String reason) {
        IngestOutcome outcome = settle(photo, catalog.markRejected(photo.owner(), photo.id(), reason),
                IngestOutcome.REJECTED);
        if (outcome == IngestOutcome.REJECTED) {
            events.record(SecurityEvent.of(SecurityEventKind.UPLOAD_REJECTED, photo.owner(),
                    "photo " + photo.id().value() + ": " + reason));
        }
        return outcome;
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
