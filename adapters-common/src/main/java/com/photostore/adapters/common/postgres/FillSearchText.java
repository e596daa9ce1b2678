package com.photostore.adapters.common.postgres;

import com.photostore.domain.photo.Photo;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 3: writes the search text ({@link Photo#searchText()}) of every photo stored before migration 2 added
 * its column, a thousand rows at a time in the order of their ids, then makes the column required.
 */
final class FillSearchText implements JavaMigration {
    static final String VERSION = "3";
    private static final int BATCH = 1000;
    private static final String SELECT = "SELECT id, file_name, title, description, tags FROM photos"
            + " WHERE id > ? ORDER BY id LIMIT " + BATCH;
    private static final String UPDATE = "UPDATE photos SET search_text = ? WHERE id = ?";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(VERSION);
    }

    @Override
    public String getDescription() {
        return "fill photo search text";
    }

    @Override
    public Integer getChecksum() {
        return 3_000_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String after = "";
        try (PreparedStatement select = connection.prepareStatement(SELECT);
             PreparedStatement update = connection.prepareStatement(UPDATE)) {
            List<String[]> rows;
            do {
                rows = page(select, after);
                for (String[] row : rows) {
                    update.setString(1, row[1]);
                    update.setString(2, row[0]);
                    update.addBatch();
                    after = row[0];
                }
                update.executeBatch();
            } while (rows.size() == BATCH);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE photos ALTER COLUMN search_text SET NOT NULL");
        }
    }

    /** The next rows after an id, as pairs of id and search text. */
    private static List<String[]> page(PreparedStatement select, String after) throws SQLException {
        select.setString(1, after);
        List<String[]> rows = new ArrayList<>(BATCH);
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                Array tags = result.getArray("tags");
                List<String> tagList = Arrays.asList((String[]) tags.getArray());
                rows.add(new String[] {result.getString("id"), Photo.searchText(result.getString("file_name"),
                        result.getString("title"), result.getString("description"), tagList)});
            }
        }
        return rows;
    }
}
