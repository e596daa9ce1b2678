package com.photostore.adapters.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.aws.testing.DynaliteServer;
import com.photostore.adapters.aws.testing.PhotoTables;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.SearchTerms;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.query.TimeRange;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.contract.CatalogFixture;
import com.photostore.port.out.contract.Fresh;
import com.photostore.port.out.contract.TestPhoto;
import com.photostore.port.out.fake.InMemoryPhotoCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Combined filters under every sort key and direction list exactly what the reference catalogue lists,
 * whichever parts become key conditions, filter expressions or checks on each photo.
 */
class FilteredOrdersTest {
    private static final Instant BASE = TestPhoto.BASE;
    private static final ContentType[] TYPES = ContentType.values();
    private static final UserId OWNER = Fresh.userId();
    private static CatalogFixture dynamo;
    private static CatalogFixture reference;

    @BeforeAll
    static void storeTheSameLibraryTwice() {
        DynamoDbClient client = DynaliteServer.shared().client();
        dynamo = new CatalogFixture(new DynamoDbPhotoCatalog(client, PhotoTables.create(client)));
        reference = new CatalogFixture(new InMemoryPhotoCatalog());
        for (int i = 0; i < 40; i++) {
            String[] tags = i % 2 == 0 ? new String[] {"even", i % 3 == 0 ? "six" : "two"} : new String[] {"odd"};
            TestPhoto spec = TestPhoto.of(OWNER).named((i % 5 == 0 ? "Beach_" : "city-") + (i % 7) + ".jpg")
                    .type(TYPES[i % TYPES.length]).size(100 + i % 6).tags(tags)
                    .uploadedAt(BASE.plus(Duration.ofHours(i % 8)))
                    .takenAt(i % 4 == 0 ? null : BASE.minus(Duration.ofDays(i % 9)));
            if (i % 10 == 9) {
                dynamo.rejected(spec);
                reference.rejected(spec);
            } else {
                dynamo.ready(spec);
                reference.ready(spec);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void listsWhatTheReferenceLists(PhotoSort sort, SortOrder order, String description, PhotoFilter filter) {
        List<Photo> expected = reference.all(CatalogFixture.query(OWNER, sort, order, filter, 3));

        List<Photo> listed = dynamo.all(CatalogFixture.query(OWNER, sort, order, filter, 3));

        assertThat(expected).isNotEmpty();
        assertThat(listed).extracting(Photo::id).containsExactlyElementsOf(expected.stream().map(Photo::id).toList());
    }

    static Stream<Arguments> cases() {
        return Stream.of(PhotoSort.values()).flatMap(sort -> Stream.of(SortOrder.values())
                .flatMap(order -> filters().map(f -> Arguments.of(sort, order, f.get()[0], f.get()[1]))));
    }

    private static Stream<Arguments> filters() {
        TimeRange taken = new TimeRange(BASE.minus(Duration.ofDays(6)), BASE.plus(Duration.ofHours(3)));
        TimeRange uploaded = new TimeRange(BASE.plus(Duration.ofHours(2)), null);
        return Stream.of(
                Arguments.of("two tags and a taken range", filter(PhotoStatus.READY, List.of("even", "six"), taken,
                        TimeRange.ALL, null, null)),
                Arguments.of("uploaded from, taken range, type", filter(PhotoStatus.READY, List.of(), taken, uploaded,
                        ContentType.PNG, null)),
                Arguments.of("tag, uploaded from and name", filter(PhotoStatus.READY, List.of("odd"), TimeRange.ALL,
                        uploaded, null, "CITY")),
                Arguments.of("rejected with a tag", filter(PhotoStatus.REJECTED, List.of("odd"), TimeRange.ALL,
                        TimeRange.ALL, null, null)));
    }

    private static PhotoFilter filter(PhotoStatus status, List<String> tags, TimeRange taken, TimeRange uploaded,
                                      ContentType type, String name) {
        return new PhotoFilter(status, tags.stream().map(Tag::new).toList(), taken, uploaded, type,
                SearchTerms.of(name));
    }
}
