package com.photostore.adapters.common.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SigV4QuerySignerTest {
    private static final Instant SIGNED_AT = Instant.parse("2013-05-24T00:00:00Z");

    @Test
    void reproducesTheSignatureOfAwsDocumentedPresignedUrlExample() {
        SigV4QuerySigner signer = new SigV4QuerySigner(URI.create("https://examplebucket.s3.amazonaws.com"),
                "us-east-1", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

        URI url = signer.presignPath("/test.txt", SIGNED_AT, Duration.ofSeconds(86_400), Optional.empty());

        assertThat(url.toString()).isEqualTo("https://examplebucket.s3.amazonaws.com/test.txt"
                + "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
                + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
    }

    @Test
    void pathStyleUrlsNameTheBucketAndKeepTheNonDefaultPort() {
        SigV4QuerySigner signer = new SigV4QuerySigner(URI.create("http://127.0.0.1:9000"), "us-east-1", "id", "secret");

        URI url = signer.presignGet("photos", "users/u/thumbnails/p.jpg", SIGNED_AT, Duration.ofMinutes(5),
                Optional.of("attachment; filename*=UTF-8''%C3%A9t%C3%A9.jpg"));

        assertThat(url.getAuthority()).isEqualTo("127.0.0.1:9000");
        assertThat(url.getRawPath()).isEqualTo("/photos/users/u/thumbnails/p.jpg");
        assertThat(url.getRawQuery()).contains("response-content-disposition=attachment%3B%20filename%2A%3DUTF-8%27%27%25C3");
    }

    @Test
    void theSameInputsGiveTheSameUrlAndAnotherDayAnotherSignature() {
        SigV4QuerySigner signer = new SigV4QuerySigner(URI.create("http://localhost:9000"), "us-east-1", "id", "secret");

        URI first = signer.presignGet("b", "k", SIGNED_AT, Duration.ofHours(1), Optional.empty());
        URI again = signer.presignGet("b", "k", SIGNED_AT, Duration.ofHours(1), Optional.empty());
        URI nextDay = signer.presignGet("b", "k", SIGNED_AT.plus(Duration.ofDays(1)), Duration.ofHours(1),
                Optional.empty());

        assertThat(again).isEqualTo(first);
        assertThat(nextDay.getRawQuery().replaceAll(".*X-Amz-Signature=", ""))
                .isNotEqualTo(first.getRawQuery().replaceAll(".*X-Amz-Signature=", ""));
    }

    @Test
    void rotatedCredentialsAreTakenAtTheNextSignatureWithTheirToken() {
        AtomicReference<SigningCredentials> current = new AtomicReference<>(
                new SigningCredentials("ASIAFIRST", "first-secret", Optional.of("first-token")));
        SigV4QuerySigner signer = new SigV4QuerySigner(URI.create("http://localhost:9000"), "us-east-1", current::get);

        URI first = signer.presignGet("b", "k", SIGNED_AT, Duration.ofHours(1), Optional.empty());
        current.set(new SigningCredentials("ASIASECOND", "second-secret", Optional.of("second-token")));
        URI second = signer.presignGet("b", "k", SIGNED_AT, Duration.ofHours(1), Optional.empty());

        assertThat(first.getRawQuery()).contains("X-Amz-Credential=ASIAFIRST%2F")
                .contains("X-Amz-Security-Token=first-token");
        assertThat(second.getRawQuery()).contains("X-Amz-Credential=ASIASECOND%2F")
                .contains("X-Amz-Security-Token=second-token");
        assertThat(second.getRawQuery().replaceAll(".*X-Amz-Signature=", ""))
                .isNotEqualTo(first.getRawQuery().replaceAll(".*X-Amz-Signature=", ""));
        assertThat(signer.toString()).doesNotContain("secret", "token");
    }
}
