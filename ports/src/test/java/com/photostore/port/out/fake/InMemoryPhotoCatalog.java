package com.photostore.port.out.fake;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.TagCount;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.CreateOutcome;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.TransitionOutcome;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Photo records in a map; listings sort with {@link com.photostore.domain.query.PhotoSort#comparator} and
 * filter with {@link com.photostore.domain.query.PhotoFilter#matches}, continuing after the position of
 * the previous page's last photo, which the continuation token carries.
 */
public final class InMemoryPhotoCatalog implements PhotoCatalog {
    private final Map<PhotoId, Photo> photos = new HashMap<>();

    @Override
    public synchronized CreateOutcome createPending(Photo photo) {
        if (photo.status() != PhotoStatus.PENDING) {
            throw new IllegalArgumentException("a new photo is PENDING");
        }
        if (photos.containsKey(photo.id())) {
            return new CreateOutcome.IdTaken();
        }
        if (photo.sha256() != null) {
            Optional<Photo> same = sameContent(photo.owner(), photo.sha256(), photo.id());
            if (same.isPresent()) {
                return new CreateOutcome.DuplicateContent(same.get().id());
            }
        }
        photos.put(photo.id(), photo);
        return new CreateOutcome.Created();
    }

    @Override
    public synchronized Optional<Photo> find(UserId owner, PhotoId id) {
        return Optional.ofNullable(photos.get(id)).filter(p -> p.owner().equals(owner));
    }

    @Override
    public synchronized TransitionOutcome markReady(UserId owner, PhotoId id, ImageMetadata metadata, long size,
                                                    Sha256 sha256) {
        return transition(owner, id, pending -> sameContent(owner, sha256, id)
                .<TransitionOutcome>map(other -> new TransitionOutcome.DuplicateContent(other.id()))
                .orElseGet(() -> applied(pending.ready(metadata, size, sha256))));
    }

    @Override
    public synchronized TransitionOutcome markRejected(UserId owner, PhotoId id, String reason) {
        return transition(owner, id, pending -> applied(pending.rejected(reason)));
    }

    @Override
    public synchronized boolean saveEdit(Photo edited) {
        Optional<Photo> stored = find(edited.owner(), edited.id());
        if (stored.isEmpty() || stored.get().version() != edited.version() - 1) {
            return false;
        }
        photos.put(edited.id(), stored.get().edited(edited.title(), edited.description(), edited.tags()));
        return true;
    }

    @Override
    public synchronized Optional<Photo> delete(UserId owner, PhotoId id) {
        Optional<Photo> stored = find(owner, id);
        stored.ifPresent(p -> photos.remove(id));
        return stored;
    }

    @Override
    public synchronized CatalogPage list(CatalogQuery query) {
        Comparator<Photo> order = query.sort().comparator(query.order());
        Optional<Photo> after = query.continuation().map(CatalogPosition::decode);
        List<Photo> matching = photos.values().stream()
                .filter(p -> p.owner().equals(query.owner()))
                .filter(p -> query.filter().matches(p))
                .filter(p -> after.isEmpty() || order.compare(p, after.get()) > 0)
                .sorted(order)
                .limit(query.limit() + 1L)
                .toList();
        if (matching.size() <= query.limit()) {
            return new CatalogPage(matching, Optional.empty());
        }
        List<Photo> page = matching.subList(0, query.limit());
        return new CatalogPage(page, Optional.of(CatalogPosition.encode(page.get(page.size() - 1))));
    }

    @Override
    public synchronized List<TagCount> tagCounts(UserId owner) {
        Map<Tag, Long> counts = new HashMap<>();
        photos.values().stream()
                .filter(p -> p.owner().equals(owner) && p.status() == PhotoStatus.READY)
                .flatMap(p -> p.tags().values().stream())
                .forEach(tag -> counts.merge(tag, 1L, Long::sum));
        return counts.entrySet().stream()
                .map(e -> new TagCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(TagCount::count).reversed().thenComparing(TagCount::tag))
                .toList();
    }

    @Override
    public synchronized List<Photo> expiredPending(Instant now, int limit) {
        return photos.values().stream()
                .filter(p -> p.status() == PhotoStatus.PENDING && p.pendingUntil().isBefore(now))
                .sorted(Comparator.comparing(Photo::pendingUntil).thenComparing(Photo::id))
                .limit(limit)
                .toList();
    }

    /** How many photos of every owner are stored. */
    public synchronized int size() {
        return photos.size();
    }

    private TransitionOutcome transition(UserId owner, PhotoId id, Function<Photo, TransitionOutcome> change) {
        Optional<Photo> stored = find(owner, id);
        if (stored.isEmpty()) {
            return new TransitionOutcome.Missing();
        }
        if (stored.get().status() != PhotoStatus.PENDING) {
            return new TransitionOutcome.NotPending(stored.get());
        }
        return change.apply(stored.get());
    }

    private TransitionOutcome applied(Photo changed) {
        photos.put(changed.id(), changed);
        return new TransitionOutcome.Applied(changed);
    }

    private Optional<Photo> sameContent(UserId owner, Sha256 sha256, PhotoId except) {
        return photos.values().stream()
                .filter(p -> p.owner().equals(owner) && !p.id().equals(except))
                .filter(p -> p.status() != PhotoStatus.REJECTED && sha256.equals(p.sha256()))
                .findFirst();
    }
}
