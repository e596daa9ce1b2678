package com.photostore.adapters.aws.dynamodb;

import com.photostore.domain.photo.Tag;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.TimeRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The conditions of a listing query: the partition, the status (and tag) prefix and the sort key's own time
 * range as key condition; the other time range, the content type and further tags as filter expression
 * (the name text is checked on each photo, as the index keys hold names shortened).
 */
final class ListingConditions {
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();
    private final List<String> filters = new ArrayList<>();
    private final String prefix;

    private ListingConditions(String prefix) {
        this.prefix = prefix;
    }

    /** The query of the index of the sort, over the items whose index keys begin with the prefix. */
    static QueryRequest.Builder query(PhotoSort sort, PhotoFilter filter, String partition, String prefix) {
        ListingConditions conditions = new ListingConditions(prefix);
        String keyCondition = "#pk = :pk AND " + conditions.sortKeyCondition(sort, filter);
        conditions.names.put("#pk", PhotoTableSchema.PARTITION_KEY);
        conditions.values.put(":pk", PhotoItems.s(partition));
        for (PhotoSort other : new PhotoSort[] {PhotoSort.UPLOADED_AT, PhotoSort.TAKEN_AT}) {
            TimeRange range = rangeOf(other, filter);
            if (other != sort && !range.isUnbounded()) {
                conditions.filters.add(conditions.between(other, range));
            }
        }
        if (filter.contentType() != null) {
            conditions.names.put("#type", PhotoItems.CONTENT_TYPE);
            conditions.values.put(":type", PhotoItems.s(filter.contentType().mimeType()));
            conditions.filters.add("#type = :type");
        }
        List<Tag> tags = filter.allTags();
        for (int i = 1; i < tags.size(); i++) {
            conditions.names.put("#tags", PhotoItems.TAGS);
            conditions.values.put(":tag" + i, PhotoItems.s(tags.get(i).value()));
            conditions.filters.add("contains(#tags, :tag" + i + ")");
        }
        QueryRequest.Builder request = QueryRequest.builder()
                .keyConditionExpression(keyCondition)
                .expressionAttributeNames(conditions.names)
                .expressionAttributeValues(conditions.values);
        return conditions.filters.isEmpty() ? request : request.filterExpression(String.join(" AND ", conditions.filters));
    }

    private String sortKeyCondition(PhotoSort sort, PhotoFilter filter) {
        TimeRange range = rangeOf(sort, filter);
        if (range.isUnbounded()) {
            names.put("#key", PhotoTableSchema.sortAttributeOf(sort));
            values.put(":prefix", PhotoItems.s(prefix));
            return "begins_with(#key, :prefix)";
        }
        return between(sort, range);
    }

    /** The index keys of the sort whose time lies in {@code [from, to)}. */
    private String between(PhotoSort sort, TimeRange range) {
        String name = "#k" + sort.ordinal();
        names.put(name, PhotoTableSchema.sortAttributeOf(sort));
        values.put(":low" + sort.ordinal(), PhotoItems.s(prefix + (range.from() == null ? ""
                : SortKeys.instant(range.from()))));
        values.put(":high" + sort.ordinal(), PhotoItems.s(prefix + (range.to() == null ? SortKeys.AFTER_DIGITS
                : SortKeys.instant(range.to()))));
        return name + " BETWEEN :low" + sort.ordinal() + " AND :high" + sort.ordinal();
    }

    private static TimeRange rangeOf(PhotoSort sort, PhotoFilter filter) {
        return switch (sort) {
            case UPLOADED_AT -> filter.uploaded();
            case TAKEN_AT -> filter.taken();
            case NAME, SIZE -> TimeRange.ALL;
        };
    }
}
