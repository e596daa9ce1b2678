package com.photostore.archfixture.good.server.wiring;

import com.photostore.archfixture.good.adapters.aws.s3.S3AlbumStore;
import com.photostore.archfixture.good.adapters.common.postgres.PostgresAlbumRepository;
import com.photostore.archfixture.good.adapters.local.minio.MinioAlbumStore;
import com.photostore.archfixture.good.application.service.ListAlbumsService;
import com.photostore.archfixture.good.port.in.ListAlbumsUseCase;
import software.amazon.awssdk.stub.S3Client;

/** The server app's wiring, which may use both the local and the AWS adapters. */
public final class ServerWiring {
    private ServerWiring() {
    }

    /** The use case, wired. */
    public static ListAlbumsUseCase albums() {
        new MinioAlbumStore();
        new S3AlbumStore(new S3Client());
        return new ListAlbumsService(new PostgresAlbumRepository());
    }
}
