package com.photostore.adapters.common.imaging;

import com.photostore.port.out.Thumbnail;

/** The two JPEG renderings of an image: the large preview and the small thumbnail. */
record Renderings(Thumbnail preview, Thumbnail thumbnail) {
}
