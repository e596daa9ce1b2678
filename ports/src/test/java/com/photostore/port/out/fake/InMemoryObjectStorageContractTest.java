package com.photostore.port.out.fake;

import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.contract.ObjectStorageContractTest;
import java.time.Instant;

/** The object storage contract, run against the in-memory fake, which accepts its own forms. */
public class InMemoryObjectStorageContractTest extends ObjectStorageContractTest {
    private final InMemoryObjectStorage storage = new InMemoryObjectStorage(Instant::now);

    @Override
    protected ObjectStorage storage() {
        return storage;
    }

    @Override
    protected void upload(UploadForm form, String fileName, byte[] content, String contentType) {
        storage.acceptUpload(form, content);
    }
}
