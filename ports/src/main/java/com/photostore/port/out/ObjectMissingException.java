package com.photostore.port.out;

/** An object that was to be read does not exist (any more). */
public final class ObjectMissingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ObjectMissingException(String key) {
        super("no object " + key);
    }
}
