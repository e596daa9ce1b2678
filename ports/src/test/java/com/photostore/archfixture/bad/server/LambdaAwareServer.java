package com.photostore.archfixture.bad.server;

import com.amazonaws.services.lambda.runtime.stub.Context;

/** Breaks rule 7: Lambda runtime types outside the Lambda app. */
public final class LambdaAwareServer {
    /** Serves. */
    public String serve(Context context) {
        return context.getAwsRequestId();
    }
}
