package com.photostore.adapters.local.postgres;

import com.photostore.adapters.local.support.SeparateJvm;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/** Run in a separate JVM: starts PostgreSQL over the given directory, writes a row, announces the server and waits to be killed. */
public final class CrashingPostgresOwner {

    private CrashingPostgresOwner() {
    }

    public static void main(String[] arguments) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.start(Path.of(arguments[0]));
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (body text)");
            statement.execute("INSERT INTO note VALUES ('before the crash')");
        }
        System.out.println(SeparateJvm.READY + postgres.process().pid());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
