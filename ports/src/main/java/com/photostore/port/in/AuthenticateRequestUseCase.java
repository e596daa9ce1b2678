package com.photostore.port.in;

import com.photostore.domain.session.Principal;

/** Turns an access token into the caller it identifies. */
public interface AuthenticateRequestUseCase {

    /** The caller of a genuine, unexpired access token; anything else is unauthorized. */
    Principal authenticate(String accessToken);
}
