package com.photostore.lambda.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.lambda.LambdaFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each function's deployment jar holds: under 30 MB, none of the libraries of the server, the tests or the
 * local stack (Javalin, MinIO, ElasticMQ, s3proxy, the embedded servers, Netty, Apache's HTTP clients, JUnit), the
 * ImageIO plug-ins of the function that decodes images registered from one merged services file, and the classes the
 * runtime loads by name.
 */
class DeploymentJarsIT {
    private static final long MAX_BYTES = 30L * 1024 * 1024;
    private static final List<String> BANNED = List.of("io/javalin/", "io/minio/", "okhttp3/", "org/elasticmq/",
            "org/apache/pekko/", "org/gaul/", "io/zonky/", "redis/embedded/", "io/netty/", "io/lettuce/",
            "reactor/", "org/apache/http/", "org/apache/hc/", "org/eclipse/jetty/", "org/junit/", "org/assertj/",
            "org/testcontainers/", "com/tngtech/archunit/", "software/amazon/awssdk/http/apache/",
            "software/amazon/awssdk/http/nio/", "com/photostore/lambda/runtime/", "com/photostore/architecture/",
            "com/photostore/adapters/local/", "com/photostore/server/", "com/amazonaws/services/lambda/runtime/api/");

    @ParameterizedTest
    @EnumSource(LambdaFunction.class)
    void holdsNoBannedPackageAndStaysSmall(LambdaFunction function) throws IOException {
        Path jar = DeployedFunctions.deploymentJar(function);
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();

            assertThat(names).filteredOn(name -> BANNED.stream().anyMatch(name::startsWith))
                    .as("banned classes in %s", jar.getFileName()).isEmpty();
            assertThat(names).filteredOn(name -> name.startsWith("com/photostore/")
                    && (name.endsWith("Test.class") || name.endsWith("IT.class"))).as("test classes").isEmpty();
            assertThat(names).contains(function.handler().replace("::handleRequest", "").replace('.', '/')
                    + ".class", "com/photostore/lambda/BaselineHandler.class");
        }
        assertThat(Files.size(jar)).as("size of %s", jar.getFileName()).isLessThan(MAX_BYTES);
    }

    @ParameterizedTest
    @EnumSource(LambdaFunction.class)
    void holdsOnlyTheLibrariesOfItsBackends(LambdaFunction function) throws IOException {
        Map<String, Set<LambdaFunction>> users = Map.ofEntries(
                Map.entry("org/postgresql/", EnumSet.of(LambdaFunction.CREATE_USER, LambdaFunction.AUTH_USER)),
                Map.entry("org/jooq/", EnumSet.noneOf(LambdaFunction.class)),
                Map.entry("org/flywaydb/", EnumSet.of(LambdaFunction.CREATE_USER, LambdaFunction.AUTH_USER)),
                Map.entry("org/bouncycastle/", EnumSet.of(LambdaFunction.CREATE_USER, LambdaFunction.AUTH_USER)),
                Map.entry("redis/clients/jedis/", EnumSet.of(LambdaFunction.CREATE_USER, LambdaFunction.AUTH_USER,
                        LambdaFunction.AUTH_TOKEN)),
                Map.entry("io/jsonwebtoken/", EnumSet.of(LambdaFunction.AUTH_USER, LambdaFunction.AUTH_TOKEN,
                        LambdaFunction.PHOTOS, LambdaFunction.UPLOAD_URL)),
                Map.entry("software/amazon/awssdk/services/dynamodb/", EnumSet.of(LambdaFunction.AUTH_TOKEN,
                        LambdaFunction.PHOTOS, LambdaFunction.UPLOAD_URL, LambdaFunction.TRANSFER_PHOTOS)),
                Map.entry("software/amazon/awssdk/services/s3/", EnumSet.of(LambdaFunction.PHOTOS,
                        LambdaFunction.UPLOAD_URL, LambdaFunction.TRANSFER_PHOTOS)),
                Map.entry("com/twelvemonkeys/", EnumSet.of(LambdaFunction.TRANSFER_PHOTOS)),
                Map.entry("software/amazon/awssdk/services/sqs/", EnumSet.noneOf(LambdaFunction.class)),
                Map.entry("software/amazon/awssdk/services/sns/", EnumSet.noneOf(LambdaFunction.class)));
        try (JarFile file = new JarFile(DeployedFunctions.deploymentJar(function).toFile())) {
            List<String> names = Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
            users.forEach((library, functions) -> assertThat(names.stream().anyMatch(n -> n.startsWith(library)))
                    .as("%s in %s", library, function).isEqualTo(functions.contains(function)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = LambdaFunction.class, names = "TRANSFER_PHOTOS")
    void imageReadersOfEveryLibraryAreRegistered(LambdaFunction function) throws IOException {
        String readers = entry(function, "META-INF/services/javax.imageio.spi.ImageReaderSpi");

        assertThat(readers).contains("com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi",
                "com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi");
    }

    @ParameterizedTest
    @EnumSource(value = LambdaFunction.class, names = {"CREATE_USER", "AUTH_USER"})
    void theDatabaseFunctionsKeepTheirPluginsAndMigrations(LambdaFunction function) throws IOException {
        assertThat(entry(function, "META-INF/services/org.flywaydb.core.extensibility.Plugin"))
                .contains("org.flywaydb.database.postgresql.PostgreSQLDatabaseType");
        assertThat(entry(function, "META-INF/services/java.sql.Driver")).contains("org.postgresql.Driver");
        assertThat(entry(function, "db/migration/V1__users_and_photos.sql")).contains("CREATE TABLE");
    }

    private static String entry(LambdaFunction function, String name) {
        try (JarFile file = new JarFile(DeployedFunctions.deploymentJar(function).toFile())) {
            ZipEntry entry = file.getEntry(name);
            assertThat(entry).as("%s in %s", name, function).isNotNull();
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
