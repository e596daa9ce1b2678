package com.photostore.archfixture.good.wiring;

import com.photostore.archfixture.good.adapters.aws.s3.S3AlbumStore;
import com.photostore.archfixture.good.adapters.common.postgres.PostgresAlbumRepository;
import com.photostore.archfixture.good.application.service.ListAlbumsService;
import com.photostore.archfixture.good.port.in.ListAlbumsUseCase;
import software.amazon.awssdk.stub.S3Client;

/** The wiring both apps share, which may build services and SDK clients. */
public final class AlbumWiring {
    private AlbumWiring() {
    }

    /** The use case, wired. */
    public static ListAlbumsUseCase albums() {
        new S3AlbumStore(new S3Client());
        return new ListAlbumsService(new PostgresAlbumRepository());
    }
}
