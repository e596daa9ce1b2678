package com.photostore.adapters.aws.support;

import com.photostore.domain.error.UnavailableException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns an AWS SDK failure into what a port may throw: an unreachable, slow, throttled or failing service is
 * {@link UnavailableException}, a refused request (access denied, bad parameter) is a configuration error.
 */
public final class AwsServiceFailures {

    private AwsServiceFailures() {
    }

    /** The exception to throw for a failed call; the operation (for example "reading secret x") leads the message. */
    public static RuntimeException translate(String operation, SdkException failure) {
        if (failure instanceof AwsServiceException service && !service.isThrottlingException()
                && service.statusCode() >= 400 && service.statusCode() < 500) {
            return new IllegalStateException(operation + " was refused: " + errorCode(service), failure);
        }
        return new UnavailableException(operation + " failed: the service did not answer in time or failed", failure);
    }

    private static String errorCode(AwsServiceException service) {
        if (service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return "status " + service.statusCode();
    }
}
