package com.photostore.adapters.common.http;

import com.photostore.domain.error.ErrorKind;

/**
 * The stable problem types of the API; each {@code type} member is the relative URI {@code /problems/<slug>}
 * and is documented in the OpenAPI document.
 */
public enum ProblemType {
    INVALID_INPUT(400, "Invalid input"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    RATE_LIMITED(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error"),
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    /** The problem type answering a domain error kind. */
    public static ProblemType of(ErrorKind kind) {
        return valueOf(kind.name());
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** A short, fixed human-readable summary. */
    public String title() {
        return title;
    }

    /** The {@code type} URI reference. */
    public String uri() {
        return "/problems/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
