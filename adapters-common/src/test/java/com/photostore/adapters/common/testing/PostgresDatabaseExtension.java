package com.photostore.adapters.common.testing;

import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class its own fresh, migrated database for all its tests; register it in a static field
 * with {@code @RegisterExtension}.
 */
public final class PostgresDatabaseExtension implements BeforeAllCallback, AfterAllCallback {
    private TestDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = PostgresFixture.freshDatabase();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** The class's database. */
    public TestDatabase database() {
        if (database == null) {
            throw new IllegalStateException("the database exists only while the test class runs");
        }
        return database;
    }

    /** A jOOQ context over the class's database. */
    public DSLContext dsl() {
        return database().dsl();
    }
}
