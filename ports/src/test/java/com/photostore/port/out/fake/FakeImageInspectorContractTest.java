package com.photostore.port.out.fake;

import com.photostore.domain.photo.ContentType;
import com.photostore.port.out.ImageInspector;
import com.photostore.port.out.contract.ImageInspectorContractTest;
import java.nio.charset.StandardCharsets;

/** The image inspector contract, run against the fake inspector with files that start with each signature. */
public class FakeImageInspectorContractTest extends ImageInspectorContractTest {
    @Override
    protected ImageInspector inspector() {
        return new FakeImageInspector();
    }

    @Override
    protected byte[] sampleImage(ContentType type) {
        return ImageSignatures.fileOf(type, "pixels".getBytes(StandardCharsets.US_ASCII));
    }
}
