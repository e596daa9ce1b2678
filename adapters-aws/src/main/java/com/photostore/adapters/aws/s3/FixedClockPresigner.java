package com.photostore.adapters.aws.s3;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import software.amazon.awssdk.auth.signer.AwsS3V4Signer;
import software.amazon.awssdk.auth.signer.AwsSignerExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.signer.Presigner;
import software.amazon.awssdk.core.signer.Signer;
import software.amazon.awssdk.http.SdkHttpFullRequest;

/**
 * The S3 Signature Version 4 presigner with its clock fixed at a given instant, so that presigning the same
 * request twice gives the same URL; the {@code S3Presigner} only offers its own "now".
 */
@SuppressWarnings("deprecation")
final class FixedClockPresigner implements Signer, Presigner {
    private final AwsS3V4Signer signer = AwsS3V4Signer.create();
    private final Instant signedAt;
    private final Duration validFor;

    FixedClockPresigner(Instant signedAt, Duration validFor) {
        this.signedAt = signedAt;
        this.validFor = validFor;
    }

    @Override
    public SdkHttpFullRequest presign(SdkHttpFullRequest request, ExecutionAttributes attributes) {
        ExecutionAttributes fixed = attributes.copy()
                .putAttribute(AwsSignerExecutionAttribute.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC))
                .putAttribute(AwsSignerExecutionAttribute.PRESIGNER_EXPIRATION, signedAt.plus(validFor));
        return signer.presign(request, fixed);
    }

    @Override
    public SdkHttpFullRequest sign(SdkHttpFullRequest request, ExecutionAttributes attributes) {
        return presign(request, attributes);
    }
}
