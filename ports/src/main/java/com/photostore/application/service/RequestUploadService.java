package com.photostore.application.service;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.error.ConflictException;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.FileName;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.Tags;
import com.photostore.domain.photo.Title;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.RequestUploadCommand;
import com.photostore.port.in.RequestUploadUseCase;
import com.photostore.port.in.UploadTicket;
import com.photostore.port.out.Clock;
import com.photostore.port.out.CreateOutcome;
import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.Settings;
import com.photostore.port.out.UploadPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** Records a PENDING photo and presigns a form that accepts exactly its file under a key the server chose. */
public final class RequestUploadService implements RequestUploadUseCase {
    static final int ID_ATTEMPTS = 3;
    static final String DUPLICATE = "you have already stored this file";
    static final String EXISTING_PHOTO_ID = "existingPhotoId";

    private final PhotoCatalog catalog;
    private final ObjectStorage storage;
    private final IdGenerator ids;
    private final Clock clock;
    private final ServiceSettings settings;

    public RequestUploadService(PhotoCatalog catalog, ObjectStorage storage, IdGenerator ids, Clock clock,
                                Settings settings) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = new ServiceSettings(settings);
    }

    @Override
    public UploadTicket request(Principal principal, RequestUploadCommand command) {
        Declared declared = validate(command);
        Instant now = clock.now();
        Duration lifetime = settings.uploadFormLifetime();
        Instant pendingUntil = now.plus(lifetime).plus(settings.uploadPendingGrace());
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            Photo photo = Photo.pending(ids.newPhotoId(), principal.userId(), declared.fileName(), declared.contentType(),
                    declared.size(), declared.sha256(), declared.title(), declared.tags(), now, pendingUntil);
            CreateOutcome outcome = catalog.createPending(photo);
            if (outcome instanceof CreateOutcome.Created) {
                UploadPolicy policy = new UploadPolicy(photo.keys().upload(), photo.contentType(), photo.size(),
                        photo.size(), lifetime, UploadMetadata.of(photo));
                return new UploadTicket(photo.id(), storage.presignUpload(policy, now));
            }
            if (outcome instanceof CreateOutcome.DuplicateContent duplicate) {
                throw new ConflictException(DUPLICATE, Map.of(EXISTING_PHOTO_ID, duplicate.existing().value()));
            }
        }
        throw new IllegalStateException("no free photo id after " + ID_ATTEMPTS + " attempts");
    }

    private Declared validate(RequestUploadCommand command) {
        InputErrors errors = new InputErrors();
        FileName fileName = errors.collect(() -> fileName(command.fileName()));
        ContentType contentType = errors.collect(() -> ContentType.parse("contentType", command.contentType()));
        Long size = errors.collect(() -> size(command.size()));
        Sha256 sha256 = command.sha256() == null ? null : errors.collect(() -> Sha256.parse("sha256", command.sha256()));
        Title title = command.title() == null ? null
                : errors.collect(() -> Title.parse("title", command.title()).orElse(null));
        Tags tags = errors.collect(() -> Tags.parse("tags", command.tags()));
        errors.throwIfAny();
        return new Declared(fileName, contentType, size, sha256, title, tags);
    }

    private static FileName fileName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of("fileName", "is required");
        }
        return FileName.sanitised(raw);
    }

    private long size(Long declared) {
        if (declared == null) {
            throw InvalidInputException.of("size", "is required");
        }
        long max = settings.uploadMaxBytes();
        if (declared < 1 || declared > max) {
            throw InvalidInputException.of("size", "must be from 1 to " + max + " bytes (" + ByteSizes.readable(max) + ")");
        }
        return declared;
    }

    /** The validated declarations of an upload request. */
    private record Declared(FileName fileName, ContentType contentType, long size, Sha256 sha256, Title title,
                            Tags tags) {
    }
}
