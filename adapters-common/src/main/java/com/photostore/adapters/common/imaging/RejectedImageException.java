package com.photostore.adapters.common.imaging;

/** Signals, inside the adapter, that a file is refused for a reason fit to show the uploader. */
final class RejectedImageException extends Exception {

    RejectedImageException(String reason) {
        super(reason, null, false, false);
    }
}
