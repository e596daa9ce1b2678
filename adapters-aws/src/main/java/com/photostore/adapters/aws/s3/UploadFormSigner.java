package com.photostore.adapters.aws.s3;

import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.UploadPolicy;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.regions.Region;

/** Signs browser upload forms (presigned POST) for one bucket with the current credentials. */
final class UploadFormSigner {
    private final String bucket;
    private final URI bucketUrl;
    private final Region region;
    private final AwsCredentialsProvider credentials;

    UploadFormSigner(String bucket, URI bucketUrl, Region region, AwsCredentialsProvider credentials) {
        this.bucket = bucket;
        this.bucketUrl = bucketUrl;
        this.region = region;
        this.credentials = credentials;
    }

    /** A form for the upload, signed as at {@code now}. */
    UploadForm sign(UploadPolicy upload, Instant now) {
        AwsCredentials current = credentials.resolveCredentials();
        Optional<String> token = current instanceof AwsSessionCredentials session
                ? Optional.of(session.sessionToken())
                : Optional.empty();
        PostPolicy policy = PostPolicy.of(bucket, upload, now, current.accessKeyId(), region.id(), token);
        String base64 = policy.base64();
        Map<String, String> fields = new LinkedHashMap<>(policy.fields());
        fields.put("policy", base64);
        fields.put("x-amz-signature",
                PolicySignature.sign(base64, current.secretAccessKey(), policy.date(), region.id()));
        return new UploadForm(bucketUrl, fields, now.plus(upload.validFor()));
    }
}
