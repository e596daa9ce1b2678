package com.photostore.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.port.out.UploadPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy document names exactly what a form may upload, and the form carries the fields the policy checks. */
class PostPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-26T07:30:05Z");
    private static final UploadPolicy UPLOAD = new UploadPolicy(new ObjectKey("originals/u1/p1"), ContentType.PNG, 1,
            5_000_000, Duration.ofMinutes(10), Map.of("file-name", "Ski \"trip\".png", "owner", "u1"));

    @Test
    void thePolicyRestrictsKeyContentTypeSizeAndMetadata() {
        PostPolicy policy = PostPolicy.of("photos", UPLOAD, NOW, "AKIDEXAMPLE", "eu-west-1", Optional.empty());

        assertThat(policy.json())
                .startsWith("{\"expiration\": \"2026-11-26T07:40:05.000Z\"")
                .contains("{\"bucket\": \"photos\"}")
                .contains("{\"key\": \"originals/u1/p1\"}")
                .contains("{\"Content-Type\": \"image/png\"}")
                .contains("[\"content-length-range\", 1, 5000000]")
                .contains("{\"x-amz-meta-file-name\": \"Ski \\\"trip\\\".png\"}")
                .contains("{\"x-amz-meta-owner\": \"u1\"}")
                .contains("{\"x-amz-algorithm\": \"AWS4-HMAC-SHA256\"}")
                .contains("{\"x-amz-credential\": \"AKIDEXAMPLE/20261126/eu-west-1/s3/aws4_request\"}")
                .contains("{\"x-amz-date\": \"20261126T073005Z\"}")
                .doesNotContain("x-amz-security-token");
        assertThat(new String(Base64.getDecoder().decode(policy.base64()), StandardCharsets.UTF_8)).isEqualTo(policy.json());
        assertThat(policy.date()).isEqualTo("20261126");
    }

    @Test
    void theFormFieldsAreTheValuesThePolicyRequires() {
        PostPolicy policy = PostPolicy.of("photos", UPLOAD, NOW, "AKIDEXAMPLE", "eu-west-1", Optional.empty());

        assertThat(policy.fields()).containsExactly(
                Map.entry("key", "originals/u1/p1"),
                Map.entry("Content-Type", "image/png"),
                Map.entry("x-amz-meta-file-name", "Ski \"trip\".png"),
                Map.entry("x-amz-meta-owner", "u1"),
                Map.entry("x-amz-algorithm", "AWS4-HMAC-SHA256"),
                Map.entry("x-amz-credential", "AKIDEXAMPLE/20261126/eu-west-1/s3/aws4_request"),
                Map.entry("x-amz-date", "20261126T073005Z"));
    }

    @Test
    void sessionCredentialsAddTheirTokenToPolicyAndForm() {
        PostPolicy policy = PostPolicy.of("photos", UPLOAD, NOW, "ASIAEXAMPLE", "eu-west-1", Optional.of("token+/="));

        assertThat(policy.json()).contains("{\"x-amz-security-token\": \"token+/=\"}");
        assertThat(policy.fields()).containsEntry("x-amz-security-token", "token+/=");
    }
}
