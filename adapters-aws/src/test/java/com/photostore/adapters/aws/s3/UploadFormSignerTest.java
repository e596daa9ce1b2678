package com.photostore.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.UploadPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** Session credentials (as Lambda has) put their token in the signed form and in download URLs. */
class UploadFormSignerTest {
    private static final Instant NOW = Instant.parse("2026-11-26T07:30:00Z");
    private static final StaticCredentialsProvider SESSION = StaticCredentialsProvider.create(
            AwsSessionCredentials.create("ASIAEXAMPLE", "session-secret", "session-token"));
    private static final URI BUCKET_URL = URI.create("https://photos.s3.eu-west-1.amazonaws.com/");

    @Test
    void aFormSignedWithSessionCredentialsCarriesAndSignsTheToken() {
        UploadFormSigner signer = new UploadFormSigner("photos", BUCKET_URL, Region.EU_WEST_1, SESSION);
        UploadPolicy upload = new UploadPolicy(new ObjectKey("originals/p1"), ContentType.WEBP, 1, 10,
                Duration.ofMinutes(15), Map.of());

        UploadForm form = signer.sign(upload, NOW);

        String policy = new String(Base64.getDecoder().decode(form.fields().get("policy")), StandardCharsets.UTF_8);
        assertThat(form.url()).isEqualTo(BUCKET_URL);
        assertThat(form.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(form.fields()).containsEntry("x-amz-security-token", "session-token")
                .containsEntry("x-amz-credential", "ASIAEXAMPLE/20261126/eu-west-1/s3/aws4_request")
                .containsEntry("Content-Type", "image/webp");
        assertThat(policy).contains("{\"x-amz-security-token\": \"session-token\"}");
        assertThat(form.fields().get("x-amz-signature")).isEqualTo(PolicySignature.sign(form.fields().get("policy"),
                "session-secret", "20261126", "eu-west-1"));
        assertThat(form.fields().values()).noneMatch(value -> value.contains("session-secret"));
    }

    @Test
    void aDownloadUrlSignedWithSessionCredentialsCarriesTheToken() {
        AwsClientSettings settings = AwsClientSettings.forRegion(Region.EU_WEST_1)
                .withEndpoint(URI.create("http://127.0.0.1:1"), SESSION);
        try (S3ObjectStorage storage = S3ObjectStorage.create(settings, "photos")) {
            URI url = storage.presignDownload(new ObjectKey("thumbs/p1.jpg"), NOW, Duration.ofHours(1), Optional.empty());

            assertThat(url.toString()).startsWith("http://127.0.0.1:1/photos/thumbs/p1.jpg?");
            assertThat(url.getQuery()).contains("X-Amz-Security-Token=session-token")
                    .contains("X-Amz-Credential=ASIAEXAMPLE/20261126/eu-west-1/s3/aws4_request");
        }
    }
}
