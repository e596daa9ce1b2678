package com.photostore.infra.template;

/** A template that cannot be read: missing, not YAML, or not shaped like a CloudFormation template. */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with its message. */
    public TemplateException(String message) {
        super(message);
    }

    /** An error with its message and cause. */
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
