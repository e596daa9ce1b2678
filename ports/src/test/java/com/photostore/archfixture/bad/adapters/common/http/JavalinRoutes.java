package com.photostore.archfixture.bad.adapters.common.http;

import io.javalin.stub.Context;

/** Breaks rule 7: Javalin outside the server app. */
public final class JavalinRoutes {
    /** Answers. */
    public void answer(Context context) {
        context.result("ok");
    }
}
