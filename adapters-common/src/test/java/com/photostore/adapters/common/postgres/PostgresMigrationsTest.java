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
                .isEqualTo(1L);
    }

    @Test
    void theLatestVersionIsTheNewestMigrationShipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(file -> file.getFileName().toString())
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare).orElseThrow();
            assertThat(PostgresMigrations.LATEST_VERSION).isEqualTo(Integer.toString(newest));
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

            assertThat(PostgresMigrations.migrateIfBehind(empty.dataSource())).isEqualTo(1);
            assertThat(PostgresMigrations.appliedVersion(empty.dataSource())).contains(PostgresMigrations.LATEST_VERSION);
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

        assertThat(collations).containsEntry("id", "C").containsEntry("name_key", "C");
        assertThat(dsl.fetchValue("SELECT is_generated FROM information_schema.columns "
                + "WHERE table_name = 'photos' AND column_name = 'timeline_at'")).isEqualTo("ALWAYS");
    }
}
