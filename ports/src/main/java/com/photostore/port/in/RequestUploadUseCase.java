package com.photostore.port.in;

import com.photostore.domain.session.Principal;

/** Prepares the direct upload of one file to object storage. */
public interface RequestUploadUseCase {

    /**
     * Records a PENDING photo and returns a presigned form that accepts exactly its file. A SHA-256 the
     * caller already has is a conflict naming the existing photo ({@code existingPhotoId}).
     */
    UploadTicket request(Principal principal, RequestUploadCommand command);
}
