package com.photostore.adapters.aws.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the AWS sample events of the shared test data, found by walking up from the working directory. */
public final class AwsSampleEvents {

    private AwsSampleEvents() {
    }

    /** The text of a file in {@code shared/data/events}, for example {@code s3_event.json}. */
    public static String read(String name) {
        try {
            return Files.readString(eventsFolder().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path eventsFolder() {
        Path start = Path.of("").toAbsolutePath();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            Path events = directory.resolve("shared/data/events");
            if (Files.isDirectory(events)) {
                return events;
            }
        }
        throw new IllegalStateException("no shared/data/events folder above " + start);
    }
}
