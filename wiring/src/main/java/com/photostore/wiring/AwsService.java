package com.photostore.wiring;

/** The AWS services the adapters call, each with the endpoint-override variable the AWS SDKs define for it. */
public enum AwsService {
    DYNAMODB("DYNAMODB"),
    S3("S3"),
    SQS("SQS"),
    SECRETS_MANAGER("SECRETS_MANAGER"),
    SSM("SSM"),
    SNS("SNS");

    /** The variable that overrides every service's endpoint (an S3-compatible or emulated stack, say). */
    public static final String ANY_ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";

    private final String endpointVariable;

    AwsService(String serviceId) {
        this.endpointVariable = ANY_ENDPOINT_VARIABLE + "_" + serviceId;
    }

    /** The variable that overrides this service's endpoint, such as {@code AWS_ENDPOINT_URL_DYNAMODB}. */
    public String endpointVariable() {
        return endpointVariable;
    }
}
