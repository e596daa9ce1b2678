package com.photostore.archfixture.good.lambda.wiring;

import com.photostore.archfixture.good.adapters.aws.s3.S3AlbumStore;
import com.photostore.archfixture.good.adapters.common.postgres.PostgresAlbumRepository;
import com.photostore.archfixture.good.application.service.ListAlbumsService;
import com.photostore.archfixture.good.port.in.ListAlbumsUseCase;
import software.amazon.awssdk.stub.S3Client;

/** The Lambda app's wiring, which may build services and SDK clients. */
public final class LambdaWiring {
    private LambdaWiring() {
    }

    /** The use case, wired. */
    public static ListAlbumsUseCase albums() {
        new S3AlbumStore(new S3Client());
        return new ListAlbumsService(new PostgresAlbumRepository());
    }
}
