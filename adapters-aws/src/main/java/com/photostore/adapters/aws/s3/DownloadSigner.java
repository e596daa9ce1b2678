package com.photostore.adapters.aws.s3;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.common.support.SigV4QuerySigner;
import com.photostore.adapters.common.support.SigningCredentials;
import com.photostore.domain.photo.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * Presigned GETs of the bucket's objects, signed locally with the current credentials (their session token
 * included): virtual-hosted on AWS ({@code https://bucket.s3.region.amazonaws.com/key}), path style on an
 * overriding endpoint; equal inputs give equal URLs, so browsers cache the images.
 */
final class DownloadSigner {
    private final SigV4QuerySigner signer;
    private final String bucket;
    private final boolean pathStyle;

    private DownloadSigner(SigV4QuerySigner signer, String bucket, boolean pathStyle) {
        this.signer = signer;
        this.bucket = bucket;
        this.pathStyle = pathStyle;
    }

    /** The signer of a bucket whose URL {@link BucketEndpoint} gives. */
    static DownloadSigner of(String bucket, URI bucketUrl, boolean pathStyle, AwsClientSettings settings) {
        URI host = URI.create(bucketUrl.getScheme() + "://" + bucketUrl.getRawAuthority());
        AwsCredentialsProvider provider = settings.credentials();
        return new DownloadSigner(new SigV4QuerySigner(host, settings.region().id(),
                () -> signing(provider.resolveCredentials())), bucket, pathStyle);
    }

    URI sign(ObjectKey key, Instant signedAt, Duration validFor, Optional<String> contentDisposition) {
        if (pathStyle) {
            return signer.presignGet(bucket, key.value(), signedAt, validFor, contentDisposition);
        }
        return signer.presignPath("/" + SigV4QuerySigner.encode(key.value(), false), signedAt, validFor,
                contentDisposition);
    }

    private static SigningCredentials signing(AwsCredentials credentials) {
        Optional<String> token = credentials instanceof AwsSessionCredentials session
                ? Optional.of(session.sessionToken()) : Optional.empty();
        return new SigningCredentials(credentials.accessKeyId(), credentials.secretAccessKey(), token);
    }
}
