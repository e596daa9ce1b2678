package com.photostore.domain.error;

/** The thing asked for does not exist for this caller (another user's things are reported the same way). */
public final class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
