package com.photostore.port.in;

import com.photostore.domain.query.PhotoQuery;
import com.photostore.domain.session.Principal;

/** Lists the caller's photos. */
public interface ListPhotosUseCase {

    /** A page of the caller's photos; a cursor that was tampered with or issued for another query or user is invalid input. */
    PhotoListing list(Principal principal, PhotoQuery query);
}
