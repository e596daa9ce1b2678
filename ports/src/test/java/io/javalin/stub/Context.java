package io.javalin.stub;

/** A stand-in for a Javalin type, so that architecture rule fixtures can depend on the {@code io.javalin} package. */
public final class Context {
    /** Answers a request. */
    public void result(String body) {
        if (body == null) {
            throw new IllegalArgumentException("body");
        }
    }
}
