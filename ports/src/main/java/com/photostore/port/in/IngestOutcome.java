package com.photostore.port.in;

/** What ingesting one object-created record did. */
public enum IngestOutcome {
    /** The photo was verified and is READY. */
    READY,
    /** The file was refused; its object is deleted and the photo is REJECTED with a reason. */
    REJECTED,
    /** The photo was already handled; nothing changed (a duplicate or late event). */
    ALREADY_HANDLED,
    /** No photo awaits this object (deleted or never requested); the object was deleted. */
    ORPHAN_REMOVED,
    /** The object no longer exists; nothing to do. */
    OBJECT_GONE,
    /** The key is not an original upload (a thumbnail, a foreign object); ignored. */
    NOT_AN_UPLOAD
}
