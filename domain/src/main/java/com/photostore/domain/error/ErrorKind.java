package com.photostore.domain.error;

/** The kinds of domain error; each maps to exactly one HTTP status at the edge. */
public enum ErrorKind {
    INVALID_INPUT(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    RATE_LIMITED(429),
    UNAVAILABLE(503);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** The HTTP status this kind is answered with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** A stable, URL-safe identifier of the kind, used as the problem type. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
