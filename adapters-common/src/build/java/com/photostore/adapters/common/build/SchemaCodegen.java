package com.photostore.adapters.common.build;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/**
 * Build step that applies the Flyway migrations (folder: first argument) to a throw-away embedded
 * PostgreSQL and generates the jOOQ schema classes from it (into the second argument's folder and third
 * argument's package), doing nothing when the migrations are unchanged since the last run.
 */
public final class SchemaCodegen {
    private static final String STAMP = ".migrations.sha256";

    private SchemaCodegen() {
    }

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String packageName = args[2];
        String digest = digestOf(migrations, packageName);
        Path stamp = output.resolve(STAMP);
        if (Files.exists(stamp) && Files.readString(stamp).equals(digest)) {
            System.out.println("jOOQ schema classes are up to date");
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();
            GenerationTool.generate(configuration(postgres.getJdbcUrl("postgres", "postgres"), output, packageName));
        }
        Files.writeString(stamp, digest);
    }

    private static Configuration configuration(String jdbcUrl, Path output, String packageName) {
        return new Configuration()
                .withLogging(Logging.WARN)
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(jdbcUrl)
                        .withUser("postgres").withPassword("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withExcludes("flyway_schema_history"))
                        .withGenerate(new Generate().withJavaTimeTypes(true).withGeneratedAnnotation(false))
                        .withTarget(new Target()
                                .withPackageName(packageName)
                                .withDirectory(output.toAbsolutePath().toString())
                                .withClean(true)));
    }

    private static String digestOf(Path migrations, String packageName)
            throws IOException, java.security.NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(packageName.getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> listing = Files.list(migrations)) {
            files = listing.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        for (Path file : files) {
            sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
