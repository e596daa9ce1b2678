package com.photostore.domain.error;

/** The root of every error the core reports; its {@link #kind()} decides how callers are answered. */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, UnauthorizedException, ForbiddenException, NotFoundException,
                ConflictException, RateLimitedException, UnavailableException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The kind of this error. */
    public abstract ErrorKind kind();
}
