package com.photostore.adapters.common.postgres;

import static com.photostore.adapters.common.postgres.schema.Tables.PHOTOS;

import com.photostore.adapters.common.postgres.schema.tables.records.PhotosRecord;
import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.TransitionOutcome;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Moves a PENDING photo to its next state: reads it, lets the domain compute the next state, and writes
 * it back only if it is still the same PENDING version; the unique index on live content reports duplicates.
 */
final class PhotoTransitions {
    static final int ATTEMPTS = 5;
    private static final String PENDING = PhotoStatus.PENDING.name();
    private static final String REJECTED = PhotoStatus.REJECTED.name();
    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext dsl;

    PhotoTransitions(DSLContext dsl) {
        this.dsl = dsl;
    }

    TransitionOutcome apply(UserId owner, PhotoId id, UnaryOperator<Photo> next) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Photo> found = dsl.selectFrom(PHOTOS)
                    .where(PHOTOS.OWNER_ID.eq(owner.value()), PHOTOS.ID.eq(id.value()))
                    .fetchOptional(PhotoRows::toPhoto);
            if (found.isEmpty()) {
                return new TransitionOutcome.Missing();
            }
            Photo current = found.get();
            if (current.status() != PhotoStatus.PENDING) {
                return new TransitionOutcome.NotPending(current);
            }
            Photo updated = next.apply(current);
            Optional<TransitionOutcome> outcome = write(current, updated);
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw new IllegalStateException("the photo kept changing while it was being updated");
    }

    private Optional<TransitionOutcome> write(Photo current, Photo updated) {
        PhotosRecord row = PhotoRows.toRecord(updated);
        row.changed(PHOTOS.ID, false);
        row.changed(PHOTOS.OWNER_ID, false);
        try {
            int written = dsl.update(PHOTOS).set(row)
                    .where(PHOTOS.OWNER_ID.eq(current.owner().value()), PHOTOS.ID.eq(current.id().value()),
                            PHOTOS.STATUS.eq(PENDING), PHOTOS.VERSION.eq(current.version()))
                    .execute();
            return written == 1 ? Optional.of(new TransitionOutcome.Applied(updated)) : Optional.empty();
        } catch (IntegrityConstraintViolationException e) {
            if (!UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw e;
            }
            return liveWithContent(current.owner(), updated.sha256(), current.id())
                    .map(TransitionOutcome.DuplicateContent::new);
        }
    }

    /** Another photo of the owner, not REJECTED, with this content, if any. */
    Optional<PhotoId> liveWithContent(UserId owner, Sha256 sha256, PhotoId other) {
        if (sha256 == null) {
            return Optional.empty();
        }
        return dsl.select(PHOTOS.ID).from(PHOTOS)
                .where(PHOTOS.OWNER_ID.eq(owner.value()), PHOTOS.SHA256.eq(sha256.hex()),
                        PHOTOS.STATUS.ne(REJECTED), PHOTOS.ID.ne(other.value()))
                .limit(1)
                .fetchOptional(PHOTOS.ID)
                .map(PhotoId::new);
    }
}
