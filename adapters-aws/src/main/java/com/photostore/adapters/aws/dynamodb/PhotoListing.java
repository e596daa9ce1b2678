package com.photostore.adapters.aws.dynamodb;

import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.SortOrder;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Pages of an owner's photos: a query of the index of the sort key (see {@link ListingConditions}), over
 * the photos' own items with the requested status, or over the tag items of the filter's first tag (then
 * reading those photos), each photo checked against the whole filter, until the page is full or the index ends; a
 * full page gets a continuation only when a photo follows it.
 */
final class PhotoListing {
    private final CatalogTable table;

    PhotoListing(CatalogTable table) {
        this.table = table;
    }

    CatalogPage list(CatalogQuery query) {
        PhotoFilter filter = query.filter();
        Optional<Tag> tag = filter.allTags().stream().findFirst();
        String prefix = tag.map(t -> SortKeys.tagPrefix(t, filter.status()))
                .orElseGet(() -> SortKeys.photoPrefix(filter.status()));
        String index = PhotoTableSchema.indexOf(query.sort());
        String sortAttribute = PhotoTableSchema.sortAttributeOf(query.sort());
        String partition = SortKeys.partition(query.owner());
        Map<String, AttributeValue> start = query.continuation()
                .map(token -> ContinuationTokens.decode(token, index, sortAttribute, partition, prefix))
                .orElse(null);
        List<Photo> found = new ArrayList<>();
        do {
            Batch batch = read(query, tag, partition, prefix, index, start, query.limit() - found.size());
            found.addAll(batch.matches());
            start = batch.next();
        } while (found.size() < query.limit() && start != null);
        if (start != null && !moreAfter(query, tag, partition, prefix, index, start)) {
            start = null;
        }
        return new CatalogPage(found, Optional.ofNullable(start)
                .map(key -> ContinuationTokens.encode(index, sortAttribute, key)));
    }

    /**
     * Whether a page after this key would hold a photo: DynamoDB hands out a last evaluated key whenever a query
     * reaches its limit, also when nothing follows, so a full page looks one page further (one more page's reads at
     * most) and gives no continuation to an empty page.
     */
    private boolean moreAfter(CatalogQuery query, Optional<Tag> tag, String partition, String prefix, String index,
                              Map<String, AttributeValue> start) {
        Batch next = read(query, tag, partition, prefix, index, start, query.limit());
        return !next.matches().isEmpty() || next.next() != null;
    }

    private Batch read(CatalogQuery query, Optional<Tag> tag, String partition, String prefix, String index,
                       Map<String, AttributeValue> start, int limit) {
        PhotoFilter filter = query.filter();
        QueryResponse response = table.query(ListingConditions.query(query.sort(), filter, partition, prefix)
                .indexName(index)
                .consistentRead(true)
                .scanIndexForward(query.order() == SortOrder.ASC)
                .exclusiveStartKey(start)
                .limit(limit));
        List<Photo> candidates = tag.isPresent() ? photosOf(query, response.items())
                : response.items().stream().map(PhotoItems::photo).toList();
        Map<String, AttributeValue> next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey() : null;
        return new Batch(candidates.stream().filter(filter::matches).toList(), next);
    }

    /** The photos one query found that match the filter, and where the index goes on (none at its end). */
    private record Batch(List<Photo> matches, Map<String, AttributeValue> next) {
    }

    /** The photos tag items point to, in the order of the tag items; those gone meanwhile are left out. */
    private List<Photo> photosOf(CatalogQuery query, List<Map<String, AttributeValue>> tagItems) {
        List<String> ids = tagItems.stream().map(item -> PhotoItems.text(item, PhotoItems.PHOTO_ID)).toList();
        Map<String, Photo> byId = table.getAll(ids.stream().distinct()
                        .map(id -> PhotoItems.key(query.owner(), SortKeys.photo(new PhotoId(id))))
                        .toList())
                .stream().map(PhotoItems::photo)
                .collect(Collectors.toMap(photo -> photo.id().value(), Function.identity()));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }
}
