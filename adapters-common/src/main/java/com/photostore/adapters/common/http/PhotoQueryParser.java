package com.photostore.adapters.common.http;

import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoQuery;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SearchTerms;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.query.TimeRange;
import com.photostore.domain.text.TextRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a listing's query parameters ({@code sort, order, tag…, takenFrom, takenTo, uploadedFrom,
 * uploadedTo, type, q, status, limit, cursor}) into a {@link PhotoQuery}, reporting every bad parameter at
 * once. Times are ISO-8601 instants or dates; a date as an upper bound includes that whole day (UTC).
 */
final class PhotoQueryParser {
    private static final Set<String> KNOWN = Set.of("sort", "order", "tag", "takenFrom", "takenTo",
            "uploadedFrom", "uploadedTo", "type", "q", "status", "limit", "cursor");

    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, List<String>> params;

    private PhotoQueryParser(Map<String, List<String>> params) {
        this.params = params;
    }

    /** Parses the parameters, or throws {@link InvalidInputException} naming each bad one. */
    static PhotoQuery parse(Map<String, List<String>> params) {
        return new PhotoQueryParser(params).parse();
    }

    private PhotoQuery parse() {
        for (String name : params.keySet()) {
            if (!KNOWN.contains(name)) {
                errors.add(new FieldError(name, "is not a known parameter"));
            }
        }
        PhotoSort sort = single("sort").map(s -> PhotoSort.fromApiName(s).orElseGet(() ->
                fail("sort", "must be one of uploadedAt, takenAt, name, size", null))).orElse(PhotoSort.UPLOADED_AT);
        SortOrder order = single("order").map(s -> switch (s) {
            case "asc" -> SortOrder.ASC;
            case "desc" -> SortOrder.DESC;
            default -> fail("order", "must be asc or desc", SortOrder.DESC);
        }).orElse(SortOrder.DESC);
        List<Tag> tags = tags();
        TimeRange taken = range("takenFrom", "takenTo");
        TimeRange uploaded = range("uploadedFrom", "uploadedTo");
        ContentType type = single("type").map(t -> ContentType.fromMimeType(t).orElseGet(() ->
                fail("type", "must be one of image/jpeg, image/png, image/webp, image/gif", null))).orElse(null);
        SearchTerms text = single("q").map(this::searchText).orElse(SearchTerms.NONE);
        PhotoStatus status = single("status").map(this::status).orElse(PhotoStatus.READY);
        int limit = single("limit").map(this::limit).orElse(PhotoQuery.DEFAULT_LIMIT);
        Optional<String> cursor = single("cursor").map(this::cursor);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PhotoQuery(sort, order, new PhotoFilter(status, tags, taken, uploaded, type, text), limit, cursor);
    }

    private Optional<String> single(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            errors.add(new FieldError(name, "may be given once"));
            return Optional.empty();
        }
        String value = values.get(0);
        if (value == null || value.isEmpty()) {
            errors.add(new FieldError(name, "must not be empty"));
            return Optional.empty();
        }
        if (value.length() > PhotoQuery.MAX_CURSOR_LENGTH) {
            errors.add(new FieldError(name, "is too long"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private <T> T fail(String field, String message, T fallback) {
        errors.add(new FieldError(field, message));
        return fallback;
    }

    private List<Tag> tags() {
        List<String> raw = params.get("tag");
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > PhotoFilter.MAX_TAGS) {
            return fail("tag", "at most " + PhotoFilter.MAX_TAGS + " tags may be combined", List.of());
        }
        List<Tag> tags = new ArrayList<>();
        for (String value : raw) {
            try {
                tags.add(Tag.parse("tag", value));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        return tags;
    }

    private TimeRange range(String fromName, String toName) {
        Instant from = single(fromName).map(v -> instant(fromName, v, false)).orElse(null);
        Instant to = single(toName).map(v -> instant(toName, v, true)).orElse(null);
        if (from != null && to != null && !from.isBefore(to)) {
            return fail(toName, "must be after " + fromName, TimeRange.ALL);
        }
        return new TimeRange(from, to);
    }

    private Instant instant(String field, String value, boolean upperBound) {
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (upperBound ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return fail(field, "must be an ISO-8601 date (2024-05-31) or date-time (2024-05-31T12:00:00Z)", null);
        }
    }

    private SearchTerms searchText(String value) {
        String unclean = TextRules.uncleanReason(value);
        if (unclean != null) {
            return fail("q", unclean, SearchTerms.NONE);
        }
        String text = TextRules.nfc(value).strip();
        if (TextRules.length(text) > PhotoFilter.MAX_SEARCH_TEXT) {
            return fail("q", "must be at most " + PhotoFilter.MAX_SEARCH_TEXT + " characters", SearchTerms.NONE);
        }
        return SearchTerms.of(text);
    }

    private PhotoStatus status(String value) {
        for (PhotoStatus status : PhotoStatus.values()) {
            if (status.apiName().equals(value)) {
                return status;
            }
        }
        return fail("status", "must be one of ready, pending, rejected", PhotoStatus.READY);
    }

    private int limit(String value) {
        if (value.length() <= 3 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= PhotoQuery.MAX_LIMIT) {
                return n;
            }
        }
        return fail("limit", "must be a whole number from 1 to " + PhotoQuery.MAX_LIMIT, PhotoQuery.DEFAULT_LIMIT);
    }

    private String cursor(String value) {
        boolean ok = value.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');
        return ok ? value : fail("cursor", "is not a cursor issued by this service", null);
    }
}
