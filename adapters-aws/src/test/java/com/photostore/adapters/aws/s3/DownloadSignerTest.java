package com.photostore.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.domain.photo.ObjectKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.signer.AwsS3V4Signer;
import software.amazon.awssdk.auth.signer.params.Aws4PresignerParams;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.regions.Region;

/** The locally signed download links carry the signature the AWS SDK's own S3 signer computes for them. */
class DownloadSignerTest {
    private static final Instant SIGNED_AT = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration VALID_FOR = Duration.ofHours(2);
    private static final ObjectKey KEY = new ObjectKey("users/4c1d/thumbnails/01arz3ndektsv4rrffq69g5fav-256.jpg");

    @Test
    void aVirtualHostedLinkMatchesTheSdkSignatureWithASessionToken() {
        AwsCredentials session = AwsSessionCredentials.create("ASIAEXAMPLE", "secret/key+1", "token/with+signs==");

        URI link = storage(session).presignDownload(KEY, SIGNED_AT, VALID_FOR, Optional.empty());

        assertThat(link.toString()).startsWith("https://photos-bucket.s3.eu-west-1.amazonaws.com/" + KEY.value() + "?");
        assertThat(parameter(link, "X-Amz-Security-Token")).isEqualTo("token%2Fwith%2Bsigns%3D%3D");
        assertThat(parameter(link, "X-Amz-Signature")).isEqualTo(parameter(sdkSigned(session), "X-Amz-Signature"));
    }

    @Test
    void aLinkWithLongTermKeysMatchesTheSdkSignatureAndCarriesNoToken() {
        AwsCredentials keys = AwsBasicCredentials.create("AKIAEXAMPLE", "secret/key+1");

        URI link = storage(keys).presignDownload(KEY, SIGNED_AT, VALID_FOR, Optional.empty());

        assertThat(link.getRawQuery()).doesNotContain("X-Amz-Security-Token");
        assertThat(parameter(link, "X-Amz-Signature")).isEqualTo(parameter(sdkSigned(keys), "X-Amz-Signature"));
    }

    private static S3ObjectStorage storage(AwsCredentials credentials) {
        AwsClientSettings settings = AwsClientSettings.forRegion(Region.EU_WEST_1)
                .withCredentials(StaticCredentialsProvider.create(credentials));
        return S3ObjectStorage.create(settings, "photos-bucket");
    }

    @SuppressWarnings("deprecation")
    private static URI sdkSigned(AwsCredentials credentials) {
        SdkHttpFullRequest request = SdkHttpFullRequest.builder().method(SdkHttpMethod.GET).protocol("https")
                .host("photos-bucket.s3.eu-west-1.amazonaws.com").encodedPath("/" + KEY.value()).build();
        SdkHttpFullRequest signed = AwsS3V4Signer.create().presign(request, Aws4PresignerParams.builder()
                .awsCredentials(credentials).signingName("s3").signingRegion(Region.EU_WEST_1)
                .signingClockOverride(Clock.fixed(SIGNED_AT, ZoneOffset.UTC))
                .expirationTime(SIGNED_AT.plus(VALID_FOR)).build());
        return signed.getUri();
    }

    private static String parameter(URI uri, String name) {
        return Arrays.stream(uri.getRawQuery().split("&")).filter(pair -> pair.startsWith(name + "="))
                .map(pair -> pair.substring(name.length() + 1)).findFirst().orElseThrow();
    }
}
