package com.photostore.port.out;

/** The secrets the core uses. */
public enum SecretName {
    /** Keys that sign access tokens. */
    ACCESS_TOKEN_KEYS,
    /** Keys that sign listing cursors. */
    CURSOR_KEYS
}
