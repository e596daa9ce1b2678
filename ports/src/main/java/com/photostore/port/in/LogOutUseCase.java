package com.photostore.port.in;

import com.photostore.domain.session.Principal;

/** Ends the caller's current session. */
public interface LogOutUseCase {

    /** Deletes the session the caller authenticated with; doing it twice is harmless. */
    void logOut(Principal principal);
}
