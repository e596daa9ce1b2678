package com.photostore.adapters.common.imaging;

import java.awt.image.BufferedImage;

/**
 * An image's size in pixels as its header declares it, its pixels decoded at a reduced size, and the share of the
 * decoding budget it holds until closed.
 */
record DecodedImage(int width, int height, BufferedImage pixels, DecodeBudget.Reservation reservation)
        implements AutoCloseable {

    @Override
    public void close() {
        reservation.close();
    }
}
