package com.photostore.adapters.local.config;

import com.photostore.port.out.Settings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings from {@code PHOTOSTORE_<NAME>} environment variables ({@code upload.maxBytes} is
 * {@code PHOTOSTORE_UPLOAD_MAXBYTES}), else from {@code photostore.properties} in the home, re-read when it changes.
 */
public final class EnvironmentSettings implements Settings {
    public static final String FILE_NAME = "photostore.properties";

    private final Map<String, String> environment;
    private final Path file;
    private Properties properties = new Properties();
    private String seenVersion = "";

    public EnvironmentSettings(Map<String, String> environment, PhotostoreHome home) {
        this.environment = Map.copyOf(environment);
        this.file = home.file(FILE_NAME);
    }

    /** The environment variable that sets a setting. */
    public static String variable(String name) {
        return "PHOTOSTORE_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    @Override
    public Optional<String> find(String name) {
        String value = environment.get(variable(name));
        if (value != null) {
            return Optional.of(value);
        }
        return Optional.ofNullable(fileProperties().getProperty(name));
    }

    private synchronized Properties fileProperties() {
        if (!Files.isRegularFile(file)) {
            properties = new Properties();
            seenVersion = "";
            return properties;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String version = attributes.lastModifiedTime() + "/" + attributes.size();
            if (!version.equals(seenVersion)) {
                Properties fresh = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    fresh.load(reader);
                }
                properties = fresh;
                seenVersion = version;
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the settings file " + file, e);
        }
    }

    @Override
    public String toString() {
        return "EnvironmentSettings[" + file + "]";
    }
}
