package com.photostore.lambda.runtime;

import com.photostore.lambda.runtime.fixtures.EchoHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Lambda deployment packages (.zip) in the layout Lambda documents for Java: compiled classes at the root, libraries as
 * jars in {@code lib/}.
 */
final class DeploymentPackages {
    /** The libraries of the fixtures package: the Lambda core and events libraries and the Joda-Time they need. */
    static final List<String> FIXTURE_LIBRARIES = List.of("aws-lambda-java-core", "aws-lambda-java-events",
            "joda-time");
    private static final Map<List<String>, Path> WRITTEN = new HashMap<>();

    private DeploymentPackages() {
    }

    /** The test handlers of {@code com.photostore.lambda.runtime.fixtures} with their libraries in {@code lib/}. */
    static Path fixtures() {
        return fixtures(FIXTURE_LIBRARIES);
    }

    /** The fixtures package without one of its libraries. */
    static Path fixturesWithout(String artifact) {
        return fixtures(FIXTURE_LIBRARIES.stream().filter(library -> !library.equals(artifact)).toList());
    }

    /** The fixtures package with these libraries, written once per JVM and deleted at its exit. */
    private static synchronized Path fixtures(List<String> artifacts) {
        return WRITTEN.computeIfAbsent(artifacts, DeploymentPackages::writeFixtures);
    }

    private static Path writeFixtures(List<String> artifacts) {
        try {
            Path zip = Files.createTempFile("lambda-fixtures-", ".zip");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TaskRoot.deleteTree(zip), "lambda-fixtures-rm"));
            Path classes = Path.of(EchoHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> libraries = artifacts.stream()
                    .map(artifact -> RuntimeClasspath.jarOnClassPath(artifact).orElseThrow(
                            () -> new IllegalStateException(artifact + " is not on the test class path")))
                    .toList();
            return zip(zip, classes, "com/photostore/lambda/runtime/fixtures", libraries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the classes under {@code packageDir} of {@code classesRoot}, and the libraries into {@code lib/}. */
    static Path zip(Path target, Path classesRoot, String packageDir, List<Path> libraries) {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file);
             Stream<Path> classes = Files.walk(classesRoot.resolve(packageDir))) {
            for (Path path : classes.filter(Files::isRegularFile).sorted().toList()) {
                add(zip, classesRoot.relativize(path).toString().replace('\\', '/'), path);
            }
            for (Path library : libraries) {
                add(zip, "lib/" + library.getFileName(), library);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }
}
