package com.photostore.server.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the web app's files come from: a directory named by {@code PHOTOSTORE_WEB_DIR}, else the repository's
 * {@code web/src/main/web} when the server runs from a checkout (so edits show without a rebuild), else the
 * {@code photostore-web} folder on the class path; and the Content-Security-Policy its pages are served with.
 */
public record StaticSite(Optional<Path> directory, String classpathFolder, String contentSecurityPolicy) {
    public static final String CLASSPATH_FOLDER = "/photostore-web";
    private static final Path CHECKOUT_FOLDER = Path.of("web", "src", "main", "web");

    /** The site for this configured directory (if any), allowing images and uploads from the object store. */
    public static StaticSite locate(Optional<String> configuredDirectory, String objectStoreOrigin) {
        Optional<Path> directory = configuredDirectory.map(Path::of);
        if (directory.isPresent() && !Files.isDirectory(directory.get())) {
            throw new IllegalArgumentException("PHOTOSTORE_WEB_DIR names " + directory.get()
                    + ", which is not a directory");
        }
        if (directory.isEmpty() && Files.isRegularFile(CHECKOUT_FOLDER.resolve("index.html"))) {
            directory = Optional.of(CHECKOUT_FOLDER.toAbsolutePath());
        }
        String store = objectStoreOrigin;
        String policy = "default-src 'self'; img-src 'self' blob: data: " + store + "; connect-src 'self' " + store
                + "; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        return new StaticSite(directory, CLASSPATH_FOLDER, policy);
    }

    /** Whether the class path holds the packaged web app. */
    public boolean packaged() {
        return StaticSite.class.getResource(classpathFolder + "/index.html") != null;
    }
}
