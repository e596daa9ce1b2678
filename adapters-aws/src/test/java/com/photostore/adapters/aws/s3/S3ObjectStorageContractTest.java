package com.photostore.adapters.aws.s3;

import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.contract.MultipartFormPost;
import com.photostore.port.out.contract.ObjectStorageContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The object storage contract against s3proxy, with files posted to it through the presigned forms. */
class S3ObjectStorageContractTest extends ObjectStorageContractTest {
    private static S3StorageFixture fixture;

    @BeforeAll
    static void startServer() {
        fixture = S3StorageFixture.start("contract-photos");
    }

    @AfterAll
    static void stopServer() {
        fixture.close();
    }

    @Override
    protected ObjectStorage storage() {
        return fixture.storage();
    }

    @Override
    protected void upload(UploadForm form, String fileName, byte[] content, String contentType) {
        MultipartFormPost.upload(form, fileName, content, contentType);
    }
}
