package com.photostore.adapters.aws.dynamodb;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.TagCount;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.CreateOutcome;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.TransitionOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The photo catalogue in one DynamoDB table (see {@link PhotoTableSchema}) without transactions: every
 * change of a photo is a write conditional on its version, content uniqueness is kept by guard items
 * written before the photo, and tag items are written before and cleaned up after the photo changes.
 */
public final class DynamoDbPhotoCatalog implements PhotoCatalog {
    private static final int ATTEMPTS = 20;

    private final CatalogTable table;
    private final ContentGuards guards;
    private final TagItems tagItems;
    private final PhotoListing listing;
    private final CatalogSummaries summaries;

    public DynamoDbPhotoCatalog(DynamoDbClient client, String tableName) {
        this.table = new CatalogTable(client, tableName);
        this.guards = new ContentGuards(table, this::find);
        this.tagItems = new TagItems(table);
        this.listing = new PhotoListing(table);
        this.summaries = new CatalogSummaries(table);
    }

    @Override
    public CreateOutcome createPending(Photo photo) {
        if (photo.status() != PhotoStatus.PENDING) {
            throw new IllegalArgumentException("a new photo is PENDING");
        }
        if (find(photo.owner(), photo.id()).isPresent()) {
            return new CreateOutcome.IdTaken();
        }
        if (photo.sha256() == null) {
            return writeNew(photo) ? new CreateOutcome.Created() : new CreateOutcome.IdTaken();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<PhotoId> holder = guards.claim(photo.owner(), photo.sha256(), photo.id(), false);
            if (holder.isPresent()) {
                return new CreateOutcome.DuplicateContent(holder.get());
            }
            if (!writeNew(photo)) {
                guards.release(photo.owner(), photo.sha256(), photo.id());
                return new CreateOutcome.IdTaken();
            }
            if (guards.confirm(photo.owner(), photo.sha256(), photo.id())) {
                return new CreateOutcome.Created();
            }
            delete(photo.owner(), photo.id());
            Optional<PhotoId> winner = guards.holder(photo.owner(), photo.sha256());
            if (winner.isPresent() && !winner.get().equals(photo.id())) {
                return new CreateOutcome.DuplicateContent(winner.get());
            }
        }
        throw new UnavailableException("the content of a new photo is contended", null);
    }

    @Override
    public Optional<Photo> find(UserId owner, PhotoId id) {
        return table.get(PhotoItems.key(owner, SortKeys.photo(id))).map(PhotoItems::photo);
    }

    @Override
    public TransitionOutcome markReady(UserId owner, PhotoId id, ImageMetadata metadata, long size, Sha256 sha256) {
        return transition(owner, id, pending -> {
            Optional<PhotoId> holder = guards.holds(owner, sha256, id) ? Optional.empty()
                    : guards.claim(owner, sha256, id, true);
            if (holder.isPresent()) {
                return Optional.of(new TransitionOutcome.DuplicateContent(holder.get()));
            }
            Photo ready = pending.ready(metadata, size, sha256);
            if (!replace(pending, ready)) {
                return Optional.empty();
            }
            if (pending.sha256() != null && !pending.sha256().equals(sha256)) {
                guards.release(owner, pending.sha256(), id);
            }
            return Optional.of(new TransitionOutcome.Applied(ready));
        });
    }

    @Override
    public TransitionOutcome markRejected(UserId owner, PhotoId id, String reason) {
        return transition(owner, id, pending -> {
            Photo rejected = pending.rejected(reason);
            if (!replace(pending, rejected)) {
                return Optional.empty();
            }
            if (pending.sha256() != null) {
                guards.release(owner, pending.sha256(), id);
            }
            return Optional.of(new TransitionOutcome.Applied(rejected));
        });
    }

    @Override
    public boolean saveEdit(Photo edited) {
        Optional<Photo> stored = find(edited.owner(), edited.id());
        if (stored.isEmpty() || stored.get().version() != edited.version() - 1) {
            return false;
        }
        Photo next = stored.get().edited(edited.title(), edited.description(), edited.tags());
        if (!replace(stored.get(), next)) {
            return false;
        }
        tagItems.remove(next.owner(), next.id(), stored.get().tags().values().stream()
                .filter(tag -> !next.tags().values().contains(tag)).toList());
        return true;
    }

    @Override
    public Optional<Photo> delete(UserId owner, PhotoId id) {
        Optional<Photo> old = table.remove(PhotoItems.key(owner, SortKeys.photo(id))).map(PhotoItems::photo);
        old.ifPresent(photo -> {
            tagItems.remove(owner, id, photo.tags().values());
            if (photo.sha256() != null) {
                guards.release(owner, photo.sha256(), id);
            }
        });
        return old;
    }

    @Override
    public CatalogPage list(CatalogQuery query) {
        return listing.list(query);
    }

    @Override
    public List<TagCount> tagCounts(UserId owner) {
        return summaries.tagCounts(owner);
    }

    @Override
    public List<Photo> expiredPending(Instant now, int limit) {
        return summaries.expiredPending(now, limit);
    }

    /**
     * Applies a change to a PENDING photo; the change answers empty when its conditional write lost to
     * another, and is then tried again on the photo as it is now.
     */
    private TransitionOutcome transition(UserId owner, PhotoId id,
                                         Function<Photo, Optional<TransitionOutcome>> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Photo> stored = find(owner, id);
            if (stored.isEmpty()) {
                return new TransitionOutcome.Missing();
            }
            if (stored.get().status() != PhotoStatus.PENDING) {
                return new TransitionOutcome.NotPending(stored.get());
            }
            Optional<TransitionOutcome> outcome = change.apply(stored.get());
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw new UnavailableException("a photo is changed too often to change it", null);
    }

    /** Writes a new photo; false when its id is taken. */
    private boolean writeNew(Photo photo) {
        if (!table.put(PhotoItems.photoItem(photo), Condition.absent())) {
            return false;
        }
        tagItems.write(photo);
        return true;
    }

    /**
     * Replaces the stored version of a photo with the next one, tag items first; false, with the tag items
     * restored, when the stored version changed meanwhile.
     */
    private boolean replace(Photo stored, Photo next) {
        tagItems.write(next);
        if (table.put(PhotoItems.photoItem(next), Condition.equal(PhotoItems.VERSION, PhotoItems.n(stored.version())))) {
            return true;
        }
        tagItems.restore(next.owner(), next.id(), find(next.owner(), next.id()), next.tags().values());
        return false;
    }
}
