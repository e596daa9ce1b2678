package com.photostore.domain.error;

/** The caller is known but may not do this. */
public final class ForbiddenException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.FORBIDDEN;
    }
}
