package com.photostore.adapters.common.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.common.testing.PostgresDatabaseExtension;
import com.photostore.adapters.common.testing.PostgresFixture;
import com.photostore.adapters.common.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMigrationsTest {
    @RegisterExtension
    static final PostgresDatabaseExtension POSTGRES = new PostgresDatabaseExtension();

    @Test
    void aMigratedDatabaseHasNothingLeftToApply() {
        assertThat(PostgresMigrations.migrate(POSTGRES.database().dataSource())).isZero();
        assertThat(POSTGRES.dsl().fetchValue("SELECT count(*) FROM flyway_schema_history WHERE success"))
                .isEqualTo(3L);
    }

    @Test
    void theLatestVersionIsTheNewestMigrationShipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(file -> file.getFileName().toString())
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare).orElseThrow();
            assertThat(Integer.parseInt(FillSearchText.VERSION)).isGreaterThan(newest);
            assertThat(PostgresMigrations.LATEST_VERSION).isEqualTo(FillSearchText.VERSION);
        }
    }

    @Test
    void anUpToDateDatabaseIsLeftAloneAndAnEmptyOneMigrated() {
        assertThat(PostgresMigrations.appliedVersion(POSTGRES.database().dataSource()))
                .contains(PostgresMigrations.LATEST_VERSION);
        assertThat(PostgresMigrations.migrateIfBehind(POSTGRES.database().dataSource())).isZero();

        try (TestDatabase empty = PostgresFixture.freshDatabase()) {
            DSLContext dsl = empty.dsl();
            dsl.execute("DROP SCHEMA public CASCADE");
            dsl.execute("CREATE SCHEMA public");
            assertThat(PostgresMigrations.appliedVersion(empty.dataSource())).isEmpty();

            assertThat(PostgresMigrations.migrateIfBehind(empty.dataSource())).isEqualTo(3);
            assertThat(PostgresMigrations.appliedVersion(empty.dataSource())).contains(PostgresMigrations.LATEST_VERSION);
        }
    }

    @Test
    void photosStoredBeforeTheSearchTextExistedGetItFoldedAndTheColumnBecomesRequired() {
        try (TestDatabase old = PostgresFixture.freshDatabase()) {
            DSLContext dsl = old.dsl();
            dsl.execute("DROP SCHEMA public CASCADE");
            dsl.execute("CREATE SCHEMA public");
            Flyway.configure().dataSource(old.dataSource()).locations("classpath:db/migration").target("2").load().migrate();
            dsl.execute("INSERT INTO photos (id, owner_id, status, file_name, content_type, size, tags, uploaded_at,"
                    + " pending_until, version, name_key) SELECT lpad(g::text, 26, '0'), gen_random_uuid(), 'PENDING',"
                    + " 'IMG_' || g || '.JPG', 'image/jpeg', 1, ARRAY['toscana', 'été'], now(), now(), 0, 'img_' || g || '.jpg'"
                    + " FROM generate_series(1, 2500) AS g");
            dsl.execute("UPDATE photos SET title = 'Cortona Straße', description = 'Piazza\nSignorelli' WHERE id = ?",
                    "0".repeat(22) + "1234");

            assertThat(PostgresMigrations.migrate(old.dataSource())).isEqualTo(1);

            assertThat(dsl.fetchValue("SELECT search_text FROM photos WHERE id = ?", "0".repeat(22) + "1234"))
                    .isEqualTo("img_1234.jpg\ncortona strasse\npiazza\nsignorelli\ntoscana\nete");
            assertThat(dsl.fetchValue("SELECT count(*) FROM photos WHERE search_text = 'img_' || ltrim(id, '0')"
                    + " || '.jpg' || E'\\ntoscana\\nete'")).isEqualTo(2499L);
            assertThat(dsl.fetchValue("SELECT is_nullable FROM information_schema.columns "
                    + "WHERE table_name = 'photos' AND column_name = 'search_text'")).isEqualTo("NO");
        }
    }

    @Test
    void everyListingHasItsIndex() {
        DSLContext dsl = POSTGRES.dsl();
        Map<String, String> indexes = dsl.fetch("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'photos'")
                .intoMap(r -> r.get(0, String.class), r -> r.get(1, String.class));

        assertThat(indexes).containsKeys("photos_pk", "photos_by_uploaded_at", "photos_by_timeline_at",
                "photos_by_name_key", "photos_by_size", "photos_tags_gin", "photos_pending_until");
        assertThat(indexes.get("photos_owner_sha256_live_uq"))
                .contains("UNIQUE", "(owner_id, sha256)", "WHERE (status <> 'REJECTED'::text)");
        assertThat(indexes.get("photos_by_name_key")).contains("(owner_id, status, name_key, id)");
        assertThat(indexes.get("photos_tags_gin")).contains("USING gin (tags)");
    }

    @Test
    void textThatIsOrderedUsesTheCodePointCollation() {
        DSLContext dsl = POSTGRES.dsl();
        Map<String, String> collations = dsl.fetch("SELECT column_name, collation_name FROM information_schema.columns "
                        + "WHERE table_name = 'photos' AND collation_name IS NOT NULL")
                .intoMap(r -> r.get(0, String.class), r -> r.get(1, String.class));

        assertThat(collations).containsEntry("id", "C").containsEntry("name_key", "C").containsEntry("search_text", "C");
        assertThat(dsl.fetchValue("SELECT is_generated FROM information_schema.columns "
                + "WHERE table_name = 'photos' AND column_name = 'timeline_at'")).isEqualTo("ALWAYS");
    }
}
