package com.photostore.lambda.runtime;

import com.photostore.lambda.runtime.fixtures.EchoHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Lambda deployment packages (.zip) in the layout Lambda documents for Java: compiled classes at the root, libraries as
 * jars in {@code lib/}.
 */
final class DeploymentPackages {
    private static Path fixtures;

    private DeploymentPackages() {
    }

    /**
     * The test handlers of {@code com.photostore.lambda.runtime.fixtures} with the Lambda core and events libraries,
     * written once per JVM and deleted at its exit.
     */
    static synchronized Path fixtures() {
        if (fixtures == null) {
            try {
                Path zip = Files.createTempFile("lambda-fixtures-", ".zip");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> TaskRoot.deleteTree(zip), "lambda-fixtures-rm"));
                Path classes = Path.of(EchoHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                List<Path> libraries = Stream.of("aws-lambda-java-core", "aws-lambda-java-events")
                        .map(artifact -> RuntimeClasspath.jarOnClassPath(artifact).orElseThrow())
                        .toList();
                fixtures = zip(zip, classes, "com/photostore/lambda/runtime/fixtures", libraries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return fixtures;
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
