package com.photostore.adapters.local.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes sure the application's role exists with its password and owns the database, its {@code public} schema and
 * everything in it (a data directory from before the role existed had them owned by the superuser), without being
 * a superuser or able to create roles or databases.
 */
final class ApplicationRole {
    private static final String OBJECTS_OWNED_BY_OTHERS = """
            SELECT c.relname, c.relkind = 'S' AS sequence, c.relkind = 'v' AS view
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')
               AND pg_get_userbyid(c.relowner) <> ?
               AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d
                        WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
             ORDER BY c.relkind = 'S'
            """;

    private ApplicationRole() {
    }

    static void ensure(DataSource superuser, String role, String password, String database) throws SQLException {
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET log_statement = 'none'");
            statement.execute("SET log_min_error_statement = 'panic'");
            statement.execute("SET password_encryption = '" + HostAuthentication.METHOD + "'");
            String quotedPassword = "'" + password.replace("'", "''") + "'";
            String attributes = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ";
            if (exists(connection, role)) {
                statement.execute("ALTER ROLE " + role + attributes + quotedPassword);
            } else {
                statement.execute("CREATE ROLE " + role + attributes + quotedPassword);
            }
            statement.execute("ALTER DATABASE " + database + " OWNER TO " + role);
            statement.execute("ALTER SCHEMA public OWNER TO " + role);
            transferObjects(connection, statement, role);
        }
    }

    private static boolean exists(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    private static void transferObjects(Connection connection, Statement statement, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(OBJECTS_OWNED_BY_OTHERS)) {
            query.setString(1, role);
            try (ResultSet objects = query.executeQuery()) {
                while (objects.next()) {
                    String kind = objects.getBoolean("sequence") ? "SEQUENCE" : objects.getBoolean("view") ? "VIEW"
                            : "TABLE";
                    String name = objects.getString("relname").replace("\"", "\"\"");
                    statement.execute("ALTER " + kind + " public.\"" + name + "\" OWNER TO " + role);
                }
            }
        }
    }
}
