package com.amazonaws.services.lambda.runtime.stub;

/** A stand-in for the AWS Lambda runtime context, so that architecture rule fixtures can depend on its package. */
public final class Context {
    /** The id of the invocation. */
    public String getAwsRequestId() {
        return "request";
    }
}
