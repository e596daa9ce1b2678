package com.photostore.adapters.common.testing;

/** A running PostgreSQL server that tests may create databases on. */
interface PostgresServer extends AutoCloseable {

    String jdbcUrl(String database);

    String user();

    String password();

    /** The database that always exists, for administrative statements. */
    String adminDatabase();

    @Override
    void close();
}
