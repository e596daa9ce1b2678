package com.photostore.adapters.aws.s3;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.PartitionMetadata;

/** Where a bucket answers: virtual-hosted style on AWS, path style ({@code endpoint/bucket}) on an overriding endpoint. */
final class BucketEndpoint {

    private BucketEndpoint() {
    }

    /** The URL browsers post upload forms to. */
    static URI of(String bucket, Region region, Optional<URI> endpointOverride) {
        if (endpointOverride.isPresent()) {
            String endpoint = endpointOverride.get().toString();
            return URI.create((endpoint.endsWith("/") ? endpoint : endpoint + "/") + bucket);
        }
        String dnsSuffix = PartitionMetadata.of(region).dnsSuffix();
        return URI.create("https://" + bucket + ".s3." + region.id() + "." + dnsSuffix + "/");
    }
}
