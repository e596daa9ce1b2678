package com.photostore.lambda.runtime;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The managed Java runtime's own files, taken from the test JVM's class path: the runtime interface client and the
 * libraries it needs, and its native Runtime API client unpacked once into a runtime directory (the managed runtime
 * points the client at {@code /var/runtime/lib/jni/...} the same way, so no process unpacks it into {@code /tmp}).
 */
final class RuntimeClasspath {
    /** The runtime interface client and its dependencies, by Maven artifact name. */
    static final List<String> ARTIFACTS = List.of("aws-lambda-java-core", "aws-lambda-java-runtime-interface-client",
            "aws-lambda-java-serialization", "utils-lite");
    static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    static final String JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private static RuntimeClasspath shared;

    private final List<Path> jars;
    private final Path runtimeDir;
    private final Path jniLibrary;

    private RuntimeClasspath(List<Path> jars, Path runtimeDir, Path jniLibrary) {
        this.jars = List.copyOf(jars);
        this.runtimeDir = runtimeDir;
        this.jniLibrary = jniLibrary;
    }

    /** The runtime found on this JVM's class path, unpacked on first use and deleted when the JVM exits. */
    static synchronized RuntimeClasspath shared() {
        if (shared == null) {
            shared = unpack(jarsOnClassPath());
        }
        return shared;
    }

    /** The {@code -classpath} value of the runtime's JVM. */
    String classPath() {
        return String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
    }

    /** The value of {@code LAMBDA_RUNTIME_DIR}. */
    Path runtimeDir() {
        return runtimeDir;
    }

    /** The native Runtime API client library. */
    Path jniLibrary() {
        return jniLibrary;
    }

    /** The jar of a Maven artifact on this JVM's class path, if there is one. */
    static Optional<Path> jarOnClassPath(String artifact) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.endsWith(".jar") && name.startsWith(artifact + "-")
                    && Character.isDigit(name.charAt(artifact.length() + 1))) {
                return Optional.of(Path.of(entry));
            }
        }
        return Optional.empty();
    }

    private static List<Path> jarsOnClassPath() {
        List<Path> found = new ArrayList<>();
        for (String artifact : ARTIFACTS) {
            found.add(jarOnClassPath(artifact).orElseThrow(
                    () -> new IllegalStateException(artifact + " is not on the test class path")));
        }
        return found;
    }

    private static RuntimeClasspath unpack(List<Path> jars) {
        Path client = jars.get(ARTIFACTS.indexOf("aws-lambda-java-runtime-interface-client"));
        try {
            Path runtimeDir = Files.createTempDirectory("lambda-runtime-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TaskRoot.deleteTree(runtimeDir), "lambda-runtime-rm"));
            Path jni = runtimeDir.resolve("lib/jni/" + jniLibraryName());
            Files.createDirectories(jni.getParent());
            try (ZipFile zip = new ZipFile(client.toFile())) {
                ZipEntry entry = zip.getEntry("jni/" + jniLibraryName());
                if (entry == null) {
                    throw new IllegalStateException(client + " has no jni/" + jniLibraryName());
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, jni);
                }
            }
            return new RuntimeClasspath(jars, runtimeDir, jni);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jniLibraryName() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "libaws-lambda-jni.linux-x86_64.so";
            case "aarch64" -> "libaws-lambda-jni.linux-aarch_64.so";
            default -> throw new IllegalStateException("no runtime client library for " + arch);
        };
    }
}
