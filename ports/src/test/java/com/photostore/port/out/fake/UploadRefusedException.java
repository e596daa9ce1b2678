package com.photostore.port.out.fake;

/** A file posted with an upload form broke the form's policy, or the form was not genuine or had expired. */
public final class UploadRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UploadRefusedException(String reason) {
        super(reason);
    }
}
