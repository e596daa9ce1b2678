package com.photostore.adapters.common.http;

/** A request the HTTP layer itself refuses (wrong media type, oversized body, unknown route), answered as a problem. */
public final class HttpProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemType type;
    private final String allow;

    public HttpProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public HttpProblemException(ProblemType type, String detail, String allow) {
        super(detail);
        this.type = type;
        this.allow = allow;
    }

    /** The kind of problem. */
    public ProblemType type() {
        return type;
    }

    /** The methods a path accepts, for a 405; otherwise {@code null}. */
    public String allow() {
        return allow;
    }
}
