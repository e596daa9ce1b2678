package com.photostore.adapters.common.redis;

/** Every message of an error and its causes, to check that none of them repeats a secret. */
final class ErrorMessages {
    private ErrorMessages() {
    }

    static String of(Throwable error) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                messages.append(of(suppressed));
            }
        }
        return messages.toString();
    }
}
