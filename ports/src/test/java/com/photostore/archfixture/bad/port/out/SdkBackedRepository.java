package com.photostore.archfixture.bad.port.out;

import software.amazon.awssdk.stub.S3Client;

/** Breaks rules 2, 3 and 7: an out port that exposes an AWS SDK type. */
public interface SdkBackedRepository {
    /** The client behind it. */
    S3Client client();
}
