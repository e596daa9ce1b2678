package com.photostore.adapters.local.minio;

import com.photostore.adapters.local.objectserver.EmbeddedObjectServer;
import com.photostore.adapters.local.objectserver.ObjectServerSettings;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.contract.MultipartFormPost;
import com.photostore.port.out.contract.ObjectStorageContractTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class MinioObjectStorageContractTest extends ObjectStorageContractTest {
    private static final String BUCKET = "contract-bucket";
    private static final String IDENTITY = "local-test-access";
    private static final String CREDENTIAL = "local-test-secret";

    @TempDir
    static Path directory;

    private static EmbeddedObjectServer server;
    private static MinioObjectStorage storage;

    @BeforeAll
    static void startServer() {
        server = EmbeddedObjectServer.start(new ObjectServerSettings(directory, 0, BUCKET, IDENTITY, CREDENTIAL,
                List.of()), event -> { });
        storage = new MinioObjectStorage(new MinioStorageSettings(server.endpoint(), BUCKET, IDENTITY, CREDENTIAL));
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
