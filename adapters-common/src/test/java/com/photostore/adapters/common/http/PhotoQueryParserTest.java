package com.photostore.adapters.common.http;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.SearchTerms;
import com.photostore.domain.query.PhotoQuery;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.query.TimeRange;
import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PhotoQueryParserTest {

    private static final List<String> NAMES = List.of("sort", "order", "tag", "takenFrom", "takenTo", "uploadedFrom",
            "uploadedTo", "type", "q", "status", "limit", "cursor");

    @Test
    void noParametersGiveTheFirstPage() {
        assertThat(PhotoQueryParser.parse(Map.of())).isEqualTo(PhotoQuery.firstPage());
    }

    @Test
    void everyParameterIsRead() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("sort", List.of("takenAt"));
        params.put("order", List.of("asc"));
        params.put("tag", List.of("Sea", "sun"));
        params.put("takenFrom", List.of("2024-01-01"));
        params.put("takenTo", List.of("2024-01-31"));
        params.put("uploadedFrom", List.of("2024-02-01T10:00:00Z"));
        params.put("uploadedTo", List.of("2024-02-01T14:00:00+02:00"));
        params.put("type", List.of("image/png"));
        params.put("q", List.of("  Beach "));
        params.put("status", List.of("pending"));
        params.put("limit", List.of("20"));
        params.put("cursor", List.of("abc-_.XYZ09"));
        PhotoQuery query = PhotoQueryParser.parse(params);
        assertThat(query.sort()).isEqualTo(PhotoSort.TAKEN_AT);
        assertThat(query.order()).isEqualTo(SortOrder.ASC);
        PhotoFilter filter = query.filter();
        assertThat(filter.allTags()).containsExactly(new Tag("sea"), new Tag("sun"));
        assertThat(filter.taken()).isEqualTo(range("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"));
        assertThat(filter.uploaded()).isEqualTo(range("2024-02-01T10:00:00Z", "2024-02-01T12:00:00Z"));
        assertThat(filter.contentType()).isEqualTo(ContentType.PNG);
        assertThat(filter.text().words()).containsExactly("beach");
        assertThat(filter.status()).isEqualTo(PhotoStatus.PENDING);
        assertThat(query.limit()).isEqualTo(20);
        assertThat(query.cursor()).contains("abc-_.XYZ09");
    }

    @ParameterizedTest
    @CsvSource({"uploadedAt,UPLOADED_AT", "takenAt,TAKEN_AT", "name,NAME", "size,SIZE"})
    void everySortKeyIsAccepted(String value, PhotoSort expected) {
        assertThat(PhotoQueryParser.parse(Map.of("sort", List.of(value))).sort()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ready,READY", "pending,PENDING", "rejected,REJECTED"})
    void everyStatusIsAccepted(String value, PhotoStatus expected) {
        assertThat(PhotoQueryParser.parse(Map.of("status", List.of(value))).filter().status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sort|UploadedAt|must be one of uploadedAt, takenAt, name, size",
            "order|ASC|must be asc or desc",
            "tag|' '|must not be empty",
            "tag|a\u202Eb|must not contain bidirectional control characters",
            "takenFrom|2024-13-01|must be an ISO-8601 date (2024-05-31) or date-time (2024-05-31T12:00:00Z)",
            "takenTo|yesterday|must be an ISO-8601 date (2024-05-31) or date-time (2024-05-31T12:00:00Z)",
            "uploadedFrom|2024-05-31T12:00:00|must be an ISO-8601 date (2024-05-31) or date-time (2024-05-31T12:00:00Z)",
            "uploadedTo|2024-02-30|must be an ISO-8601 date (2024-05-31) or date-time (2024-05-31T12:00:00Z)",
            "type|image/svg+xml|must be one of image/jpeg, image/png, image/webp, image/gif",
            "q|a\u0000b|must not contain control or unassigned characters",
            "status|READY|must be one of ready, pending, rejected",
            "limit|0|must be a whole number from 1 to 200",
            "limit|201|must be a whole number from 1 to 200",
            "limit|-1|must be a whole number from 1 to 200",
            "limit|1e2|must be a whole number from 1 to 200",
            "limit|0050|must be a whole number from 1 to 200",
            "limit|\u0661\u0662|must be a whole number from 1 to 200",
            "limit|\uFF15|must be a whole number from 1 to 200",
            "limit|99999999999999999999|must be a whole number from 1 to 200",
            "cursor|abc/def|is not a cursor issued by this service",
            "cursor|abc=|is not a cursor issued by this service",
            "cursor|\u0430bc|is not a cursor issued by this service"})
    void eachBadValueIsReportedOnItsField(String name, String value, String message) {
        assertErrors(Map.of(name, List.of(value)), new FieldError(name, message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort", "order", "takenFrom", "takenTo", "uploadedFrom", "uploadedTo", "type", "q", "status",
            "limit", "cursor"})
    void singleValuedParametersMayBeGivenOnceAndNotEmpty(String name) {
        assertErrors(Map.of(name, List.of("a", "b")), new FieldError(name, "may be given once"));
        assertErrors(Map.of(name, List.of("")), new FieldError(name, "must not be empty"));
        assertErrors(Map.of(name, List.of("x".repeat(2049))), new FieldError(name, "is too long"));
    }

    @Test
    void parametersWithoutValuesAreAbsent() {
        Map<String, List<String>> params = new HashMap<>();
        NAMES.forEach(name -> params.put(name, List.of()));
        assertThat(PhotoQueryParser.parse(params)).isEqualTo(PhotoQuery.firstPage());
        NAMES.forEach(name -> params.put(name, null));
        assertThat(PhotoQueryParser.parse(params)).isEqualTo(PhotoQuery.firstPage());
    }

    @Test
    void unknownParametersAreReported() {
        assertErrors(Map.of("token", List.of("x")), new FieldError("token", "is not a known parameter"));
        assertErrors(Map.of("Sort", List.of("name")), new FieldError("Sort", "is not a known parameter"));
    }

    @Test
    void severalErrorsAreReportedAtOnce() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("sort", List.of("colour"));
        params.put("limit", List.of("1000"));
        params.put("status", List.of("gone"));
        params.put("tag", List.of("ok", ""));
        assertThatThrownBy(() -> PhotoQueryParser.parse(params)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("sort", "limit", "status", "tag"));
    }

    @Test
    void repeatedTagsCombineUpToTen() {
        List<String> ten = IntStream.range(0, 10).mapToObj(i -> "t" + i).toList();
        assertThat(PhotoQueryParser.parse(Map.of("tag", ten)).filter().allTags()).hasSize(10);
        assertThat(PhotoQueryParser.parse(Map.of("tag", List.of("Sea", "sea", " SEA"))).filter().allTags())
                .containsExactly(new Tag("sea"));
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "t" + i).toList();
        assertErrors(Map.of("tag", eleven), new FieldError("tag", "at most 10 tags may be combined"));
    }

    @Test
    void aDateUpperBoundIncludesTheWholeDay() {
        TimeRange day = PhotoQueryParser.parse(Map.of("takenFrom", List.of("2024-05-31"), "takenTo", List.of("2024-05-31")))
                .filter().taken();
        assertThat(day).isEqualTo(range("2024-05-31T00:00:00Z", "2024-06-01T00:00:00Z"));
        assertThat(day.contains(Instant.parse("2024-05-31T23:59:59.999Z"))).isTrue();
        assertThat(day.contains(Instant.parse("2024-06-01T00:00:00Z"))).isFalse();
    }

    @Test
    void dateTimeBoundsAreExactInstants() {
        TimeRange range = PhotoQueryParser.parse(Map.of("uploadedFrom", List.of("2024-05-31T10:00:00+02:00"),
                "uploadedTo", List.of("2024-05-31T10:00:00.5Z"))).filter().uploaded();
        assertThat(range).isEqualTo(range("2024-05-31T08:00:00Z", "2024-05-31T10:00:00.5Z"));
        assertThat(PhotoQueryParser.parse(Map.of("takenFrom", List.of("2024-05-31"))).filter().taken())
                .isEqualTo(new TimeRange(Instant.parse("2024-05-31T00:00:00Z"), null));
    }

    @Test
    void anUpperBoundMustFollowTheLowerBound() {
        assertErrors(Map.of("takenFrom", List.of("2024-06-01"), "takenTo", List.of("2024-05-31")),
                new FieldError("takenTo", "must be after takenFrom"));
        assertErrors(Map.of("uploadedFrom", List.of("2024-05-31T10:00:00Z"), "uploadedTo", List.of("2024-05-31T10:00:00Z")),
                new FieldError("uploadedTo", "must be after uploadedFrom"));
    }

    @Test
    void limitBounds() {
        assertThat(PhotoQueryParser.parse(Map.of("limit", List.of("1"))).limit()).isEqualTo(1);
        assertThat(PhotoQueryParser.parse(Map.of("limit", List.of("200"))).limit()).isEqualTo(200);
        assertThat(PhotoQueryParser.parse(Map.of("limit", List.of("007"))).limit()).isEqualTo(7);
    }

    @Test
    void blankNameTextMeansNoNameFilterAndLongTextIsRejected() {
        assertThat(PhotoQueryParser.parse(Map.of("q", List.of("   "))).filter().text().isEmpty()).isTrue();
        assertThat(PhotoQueryParser.parse(Map.of("q", List.of("x".repeat(100)))).filter().text().canonical()).hasSize(100);
        assertErrors(Map.of("q", List.of("x".repeat(101))), new FieldError("q", "must be at most 100 characters"));
    }

    @Test
    void cursorsUpToTheLimitAreKept() {
        String longest = "A".repeat(PhotoQuery.MAX_CURSOR_LENGTH);
        assertThat(PhotoQueryParser.parse(Map.of("cursor", List.of(longest))).cursor()).contains(longest);
    }

    @Test
    void hostileParametersGiveAQueryOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(hostileParams()).checkAssert(params -> {
            PhotoQuery query = parsedOrRejected(() -> PhotoQueryParser.parse(params));
            if (query != null) {
                assertThat(params.keySet()).allMatch(NAMES::contains);
                assertThat(query.limit()).isBetween(1, PhotoQuery.MAX_LIMIT);
                query.cursor().ifPresent(cursor -> assertThat(cursor).matches("[A-Za-z0-9._-]{1,2048}"));
            }
        });
    }

    @Test
    void hostileValuesAreReportedOnTheirOwnField() {
        qt().withExamples(EXAMPLES).forAll(names(), hostileValue()).checkAssert((name, value) -> {
            try {
                PhotoQueryParser.parse(Map.of(name, List.of(value)));
            } catch (InvalidInputException e) {
                assertThat(e.errors()).extracting(FieldError::field).containsOnly(name);
            }
        });
    }

    private static Gen<String> names() {
        return Generate.pick(NAMES);
    }

    private static Gen<String> hostileValue() {
        return Generate.oneOf(HostileText.strings(), Gens.of("uploadedAt", "asc", "2024-05-31", "image/jpeg",
                "ready", "50", "abc").flatMap(HostileText::spoiling));
    }

    private static Gen<Map<String, List<String>>> hostileParams() {
        Gen<String> keys = Generate.oneOf(names(), names(), HostileText.mixtures());
        Gen<List<String>> values = Generate.oneOf(
                Gens.lists(Gens.of("uploadedAt", "name", "asc", "desc", "2024-05-31", "2024-05-31T10:00:00Z", "image/jpeg",
                        "pending", "beach", "1", "200", "abc"), 0, 2),
                Gens.lists(hostileValue(), 0, 3),
                Generate.constant(Arrays.asList((String) null)));
        return Gens.maps(keys, values, 6);
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(Instant.parse(from), Instant.parse(to));
    }

    private static void assertErrors(Map<String, List<String>> params, FieldError... expected) {
        assertThatThrownBy(() -> PhotoQueryParser.parse(params)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(expected));
    }
}
