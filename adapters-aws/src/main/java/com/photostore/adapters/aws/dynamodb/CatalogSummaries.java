package com.photostore.adapters.aws.dynamodb;

import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.TagCount;
import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The catalogue's reads across photos other than listings: an owner's tag counts from the tag items of
 * READY photos, and expired uploads from the sparse index of pending deadlines.
 */
final class CatalogSummaries {
    private final CatalogTable table;

    CatalogSummaries(CatalogTable table) {
        this.table = table;
    }

    List<TagCount> tagCounts(UserId owner) {
        Map<Tag, Long> counts = new TreeMap<>();
        forEachPage(QueryRequest.builder()
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :tags)")
                .filterExpression("#status = :ready")
                .expressionAttributeNames(Map.of("#pk", PhotoTableSchema.PARTITION_KEY,
                        "#sk", PhotoTableSchema.SORT_KEY, "#status", PhotoItems.STATUS))
                .expressionAttributeValues(Map.of(":pk", PhotoItems.s(SortKeys.partition(owner)),
                        ":tags", PhotoItems.s(SortKeys.tagItems()), ":ready", PhotoItems.s(PhotoStatus.READY.name())))
                .consistentRead(true), response -> response.items().forEach(item ->
                counts.merge(new Tag(PhotoItems.text(item, PhotoItems.TAG)), 1L, Long::sum)), Integer.MAX_VALUE);
        return counts.entrySet().stream()
                .map(e -> new TagCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(TagCount::count).reversed().thenComparing(TagCount::tag))
                .toList();
    }

    List<Photo> expiredPending(Instant now, int limit) {
        List<Photo> expired = new ArrayList<>();
        forEachPage(QueryRequest.builder()
                .indexName(PhotoTableSchema.PENDING_INDEX)
                .keyConditionExpression("#shard = :shard AND #until < :now")
                .expressionAttributeNames(Map.of("#shard", PhotoTableSchema.PENDING_PARTITION,
                        "#until", PhotoTableSchema.PENDING_SORT))
                .expressionAttributeValues(Map.of(":shard", PhotoItems.s(PhotoItems.pendingShard()),
                        ":now", PhotoItems.s(SortKeys.instant(now)))), response -> response.items().stream()
                .map(PhotoItems::photo)
                .filter(photo -> photo.status() == PhotoStatus.PENDING && photo.pendingUntil().isBefore(now))
                .limit(limit - (long) expired.size())
                .forEach(expired::add), limit);
        return expired;
    }

    private void forEachPage(QueryRequest.Builder request, Consumer<QueryResponse> consumer,
                             int wanted) {
        Map<String, AttributeValue> start = null;
        int seen = 0;
        do {
            QueryResponse response = table.query(request.exclusiveStartKey(start)
                    .limit(wanted == Integer.MAX_VALUE ? null : wanted - seen));
            consumer.accept(response);
            seen += response.count();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && seen < wanted);
    }
}
