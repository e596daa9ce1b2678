package com.photostore.adapters.common.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.common.testing.PostgresDatabaseExtension;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks with EXPLAIN, over 100,000 photos, that every listing reads an index range instead of the table. */
class CatalogQueryPlanTest {
    private static final int ROWS = 100_000;
    private static final UserId OWNER = new UserId(UUID.fromString("00000000-0000-0000-0000-000000000003"));
    private static final Map<PhotoSort, String> INDEX = Map.of(
            PhotoSort.UPLOADED_AT, "photos_by_uploaded_at",
            PhotoSort.TAKEN_AT, "photos_by_timeline_at",
            PhotoSort.NAME, "photos_by_name_key",
            PhotoSort.SIZE, "photos_by_size");
    @RegisterExtension
    static final PostgresDatabaseExtension POSTGRES = new PostgresDatabaseExtension();
    private static CatalogListing listing;
    private static DSLContext dsl;

    @BeforeAll
    static void fill() {
        dsl = POSTGRES.dsl();
        listing = new CatalogListing(dsl);
        dsl.execute("""
                INSERT INTO photos (id, owner_id, status, file_name, name_key, content_type, size, sha256, image_type,
                                    width, height, taken_at, tags, uploaded_at, pending_until, rejection_reason, version,
                                    search_text)
                SELECT lpad(i::text, 26, '0'),
                       ('00000000-0000-0000-0000-00000000000' || (i % 10))::uuid,
                       CASE i % 20 WHEN 0 THEN 'PENDING' WHEN 1 THEN 'REJECTED' ELSE 'READY' END,
                       'IMG_' || (i % 5000) || '.JPG', 'img_' || (i % 5000) || '.jpg', 'image/jpeg',
                       (i * 7919) % 3000000, md5(i::text) || md5((-i)::text),
                       CASE WHEN i % 20 > 1 THEN 'image/jpeg' END,
                       CASE WHEN i % 20 > 1 THEN 4000 END, CASE WHEN i % 20 > 1 THEN 3000 END,
                       CASE WHEN i % 3 > 0 THEN timestamptz '2015-01-01' + (i * 7 % 100000) * interval '1 hour' END,
                       ARRAY['mood-' || (i % 13), 'tag-' || (i % 40)],
                       timestamptz '2020-01-01' + (i / 7) * interval '1 minute',
                       CASE WHEN i % 20 = 0 THEN timestamptz '2030-01-01' END,
                       CASE WHEN i % 20 = 1 THEN 'not an image' END,
                       1,
                       'img_' || (i % 5000) || '.jpg' || E'\\nmood-' || (i % 13) || E'\\ntag-' || (i % 40)
                FROM generate_series(1, ?) AS i
                """, ROWS);
        dsl.execute("ANALYZE photos");
    }

    static List<Object[]> everyOrder() {
        return CatalogListingTest.everyOrder().map(a -> a.get()).toList();
    }

    private static String plan(CatalogQuery query) {
        return String.join("\n", dsl.fetch("EXPLAIN " + listing.select(query).getSQL(org.jooq.conf.ParamType.INLINED))
                .getValues(0, String.class));
    }

    @ParameterizedTest
    @MethodSource("everyOrder")
    void firstAndNextPagesAreIndexRangeScans(PhotoSort sort, SortOrder order) {
        CatalogQuery first = new CatalogQuery(OWNER, sort, order, PhotoFilter.READY, 20, Optional.empty());
        CatalogPage page = listing.page(first);
        assertThat(page.items()).hasSize(20).allMatch(p -> p.owner().equals(OWNER));

        for (CatalogQuery query : List.of(first, first.after(page.continuation().orElseThrow()))) {
            String plan = plan(query);
            assertThat(plan).as(plan)
                    .containsPattern("Index (Only )?Scan( Backward)? using " + INDEX.get(sort) + " on photos")
                    .doesNotContain("Seq Scan")
                    .doesNotContain("Sort  (");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tag-13", "mood-3,tag-23", "mood-5"})
    void aTagFilterUsesAnIndex(String wanted) {
        List<Tag> tags = java.util.Arrays.stream(wanted.split(",")).map(Tag::new).toList();
        PhotoFilter filter = new PhotoFilter(PhotoStatus.READY, tags, TimeRange.ALL, TimeRange.ALL, null, null);
        CatalogQuery query = new CatalogQuery(OWNER, PhotoSort.UPLOADED_AT, SortOrder.DESC, filter, 20,
                Optional.empty());

        String plan = plan(query);

        assertThat(plan).as(plan).containsPattern("(Bitmap Index|Index Only|Index) Scan").doesNotContain("Seq Scan");
        assertThat(listing.page(query).items()).allMatch(filter::matches).extracting(Photo::owner).containsOnly(OWNER);
    }
}
