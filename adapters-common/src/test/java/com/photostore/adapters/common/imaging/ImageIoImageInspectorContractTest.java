package com.photostore.adapters.common.imaging;

import com.photostore.domain.photo.ContentType;
import com.photostore.port.out.ImageInspector;
import com.photostore.port.out.contract.ImageInspectorContractTest;

/** Runs the image inspector contract against the ImageIO inspector, with images made by ImageIO and cwebp. */
class ImageIoImageInspectorContractTest extends ImageInspectorContractTest {

    @Override
    protected ImageInspector inspector() {
        return new ImageIoImageInspector();
    }

    @Override
    protected byte[] sampleImage(ContentType type) {
        return switch (type) {
            case JPEG -> CraftedImages.encode(CraftedImages.picture(640, 480), "jpeg");
            case PNG -> CraftedImages.encode(CraftedImages.picture(320, 240), "png");
            case GIF -> CraftedImages.encode(CraftedImages.picture(300, 200), "gif");
            case WEBP -> CraftedImages.webp(false);
        };
    }
}
