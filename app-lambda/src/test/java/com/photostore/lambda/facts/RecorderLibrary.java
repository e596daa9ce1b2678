package com.photostore.lambda.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The library jar holding {@link SdkCallRecorder} and the SDK's global interceptor list naming it, built once per test
 * JVM; packaged into a function's {@code lib} folder it records every AWS API call the function makes.
 */
final class RecorderLibrary {
    private static final String INTERCEPTORS = "software/amazon/awssdk/global/handlers/execution.interceptors";
    private static Path jar;

    private RecorderLibrary() {
    }

    static synchronized Path jar() {
        if (jar == null) {
            jar = build(FunctionFacts.directory().resolve("sdk-call-recorder.jar"));
        }
        return jar;
    }

    private static Path build(Path target) {
        String classFile = SdkCallRecorder.class.getName().replace('.', '/') + ".class";
        try (InputStream recorder = SdkCallRecorder.class.getClassLoader().getResourceAsStream(classFile)) {
            if (recorder == null) {
                throw new IllegalStateException(classFile + " is not on the test class path");
            }
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target); JarOutputStream library = new JarOutputStream(out)) {
                library.putNextEntry(new JarEntry(classFile));
                recorder.transferTo(library);
                library.closeEntry();
                library.putNextEntry(new JarEntry(INTERCEPTORS));
                library.write((SdkCallRecorder.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
                library.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build " + target, e);
        }
    }
}
