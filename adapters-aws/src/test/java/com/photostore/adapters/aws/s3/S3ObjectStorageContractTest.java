package com.photostore.adapters.aws.s3;

import com.photostore.adapters.aws.testing.S3ProxyServer;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.contract.MultipartFormPost;
import com.photostore.port.out.contract.ObjectStorageContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The object storage contract against s3proxy, with files posted to it through the presigned forms. */
class S3ObjectStorageContractTest extends ObjectStorageContractTest {
    private static final String BUCKET = "contract-photos";

    private static S3ProxyServer server;
    private static S3ObjectStorage storage;

    @BeforeAll
    static void startServer() {
        server = S3ProxyServer.start();
        server.createBucket(BUCKET);
        storage = S3ObjectStorage.create(server.settings(), BUCKET);
    }

    @AfterAll
    static void stopServer() {
        storage.close();
        server.close();
    }

    @Override
    protected ObjectStorage storage() {
        return storage;
    }

    @Override
    protected void upload(UploadForm form, String fileName, byte[] content, String contentType) {
        MultipartFormPost.upload(form, fileName, content, contentType);
    }
}
