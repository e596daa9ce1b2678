package com.photostore.server.cli;

import java.net.BindException;

/** Turns a start-up failure into one line an operator can act on, naming the causes from outermost to root. */
final class StartFailure {

    private StartFailure() {
    }

    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Throwable cause = failure;
        int depth = 0;
        while (cause != null && depth < 6) {
            String message = cause instanceof BindException
                    ? "the port is already in use (set PORT to another one)"
                    : cause.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message) < 0) {
                if (text.length() > 0) {
                    text.append(": ");
                }
                text.append(message);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
            depth++;
        }
        return text.length() == 0 ? failure.getClass().getName() : text.toString();
    }
}
