package com.photostore.archfixture.bad.domain.album;

import java.sql.Connection;

/** Breaks rule 3 (though not rule 1): a domain type that uses java.sql. */
public final class SqlAlbum {
    private Connection connection;

    /** Whether it has a connection. */
    public boolean connected() {
        return connection != null;
    }
}
