package com.photostore.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** Forms post to the virtual-hosted bucket on AWS and to the path-style bucket on another endpoint. */
class BucketEndpointTest {

    @Test
    void onAwsTheBucketIsAHost() {
        assertThat(BucketEndpoint.of("photos", Region.EU_WEST_1, Optional.empty()))
                .isEqualTo(URI.create("https://photos.s3.eu-west-1.amazonaws.com/"));
        assertThat(BucketEndpoint.of("photos", Region.CN_NORTH_1, Optional.empty()))
                .isEqualTo(URI.create("https://photos.s3.cn-north-1.amazonaws.com.cn/"));
    }

    @Test
    void onAnOverridingEndpointTheBucketIsAPath() {
        assertThat(BucketEndpoint.of("photos", Region.US_EAST_1, Optional.of(URI.create("http://127.0.0.1:9000"))))
                .isEqualTo(URI.create("http://127.0.0.1:9000/photos"));
        assertThat(BucketEndpoint.of("photos", Region.US_EAST_1, Optional.of(URI.create("http://minio:9000/"))))
                .isEqualTo(URI.create("http://minio:9000/photos"));
    }
}
