package com.photostore.adapters.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.aws.testing.DynaliteServer;
import com.photostore.adapters.aws.testing.ItemReadCounter;
import com.photostore.adapters.aws.testing.PhotoTables;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.query.TimeRange;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.contract.CatalogFixture;
import com.photostore.port.out.contract.Fresh;
import com.photostore.port.out.contract.TestPhoto;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Listing by a rare tag reads about as many items as it returns, however large the library. */
class TaggedListingReadsTest {
    private static final int LIBRARY = 10_000;
    private static final int TAGGED_EVERY = 100;
    private static final int PAGE = 50;
    private static final ItemReadCounter READS = new ItemReadCounter();
    private static final UserId OWNER = Fresh.userId();
    private static final List<Photo> TAGGED = new ArrayList<>();
    private static DynamoDbPhotoCatalog catalog;

    @BeforeAll
    static void storeALibrary() {
        DynamoDbClient client = DynaliteServer.shared()
                .client(DynamoDbClient.builder().overrideConfiguration(c -> c.addExecutionInterceptor(READS)));
        String table = PhotoTables.create(client);
        catalog = new DynamoDbPhotoCatalog(client, table);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < LIBRARY; i++) {
            TestPhoto spec = TestPhoto.of(OWNER).uploadedAt(TestPhoto.BASE.plus(Duration.ofMinutes(i)))
                    .tags(i % TAGGED_EVERY == 0 ? new String[] {"rare"} : new String[0]);
            Photo ready = spec.pending().ready(spec.metadata(), 1000 + i, spec.fileSha256());
            items.add(PhotoItems.photoItem(ready));
            ready.tags().values().forEach(tag -> items.add(PhotoItems.tagItem(ready, tag)));
            if (i % TAGGED_EVERY == 0) {
                TAGGED.add(ready);
            }
        }
        new CatalogTable(client, table).write(items, List.of());
    }

    @Test
    void aPageOfPhotosWithARareTagReadsAtMostTwiceItsSize() {
        READS.reset();

        CatalogPage page = catalog.list(CatalogFixture.query(OWNER, PhotoSort.UPLOADED_AT, SortOrder.DESC,
                withTags("rare"), PAGE));

        assertThat(page.items()).extracting(Photo::id).containsExactlyElementsOf(
                CatalogFixture.sorted(TAGGED, PhotoSort.UPLOADED_AT, SortOrder.DESC).subList(0, PAGE).stream()
                        .map(Photo::id).toList());
        assertThat(page.continuation()).isPresent();
        assertThat(READS.read()).isLessThanOrEqualTo(2L * PAGE);
    }

    @Test
    void everyPageOfTheRareTagStaysWithinTheBound() {
        List<Photo> listed = new ArrayList<>();
        CatalogQuery query = CatalogFixture.query(OWNER, PhotoSort.SIZE, SortOrder.ASC, withTags("rare"), PAGE);
        Optional<String> next;
        do {
            READS.reset();
            CatalogPage page = catalog.list(query);
            assertThat(READS.read()).isLessThanOrEqualTo(2L * PAGE);
            listed.addAll(page.items());
            next = page.continuation();
            query = next.map(query::after).orElse(query);
        } while (next.isPresent());

        assertThat(listed).extracting(Photo::id).containsExactlyElementsOf(
                CatalogFixture.sorted(TAGGED, PhotoSort.SIZE, SortOrder.ASC).stream().map(Photo::id).toList());
    }

    private static PhotoFilter withTags(String... tags) {
        return new PhotoFilter(PhotoStatus.READY, List.of(tags).stream().map(Tag::new).toList(), TimeRange.ALL,
                TimeRange.ALL, null, null);
    }
}
