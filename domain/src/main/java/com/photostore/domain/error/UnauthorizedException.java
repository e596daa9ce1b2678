package com.photostore.domain.error;

/** The caller is not authenticated, or its credentials are wrong, expired or revoked. */
public final class UnauthorizedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAUTHORIZED;
    }
}
