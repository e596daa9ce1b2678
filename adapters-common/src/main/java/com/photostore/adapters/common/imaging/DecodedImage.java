package com.photostore.adapters.common.imaging;

import java.awt.image.BufferedImage;

/** An image's size in pixels as its header declares it, and its pixels decoded at a reduced size. */
record DecodedImage(int width, int height, BufferedImage pixels) {
}
