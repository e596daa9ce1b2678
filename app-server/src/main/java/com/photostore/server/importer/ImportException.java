package com.photostore.server.importer;

/** An import that cannot go on, with a message for the person running it. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
