package com.photostore.port.out;

/** An object was larger than a reader allowed. */
public final class ObjectTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long size;

    public ObjectTooLargeException(long size, long limit) {
        super("object of " + size + " bytes exceeds the limit of " + limit);
        this.size = size;
    }

    /** The object's size in bytes. */
    public long size() {
        return size;
    }
}
