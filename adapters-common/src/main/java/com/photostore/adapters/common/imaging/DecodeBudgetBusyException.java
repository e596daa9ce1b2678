package com.photostore.adapters.common.imaging;

import java.time.Duration;

/** Signals that other decodes held the memory budget for the whole wait, so the image is to be inspected later. */
public final class DecodeBudgetBusyException extends RuntimeException {

    DecodeBudgetBusyException(long bytes, Duration wait) {
        super("the image decoding budget had no room for " + bytes + " bytes within " + wait);
    }
}
