package com.photostore.domain.error;

import java.util.Map;

/** The request clashes with the current state (a taken username, a file already stored); details name what it clashes with. */
public final class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> details;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public ConflictException(String message, Map<String, String> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    /** Machine-readable facts about the clash, for example {@code existingPhotoId}. */
    public Map<String, String> details() {
        return details;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
