package com.photostore.port.in;

import com.photostore.domain.session.Principal;

/** Ends every session of the caller. */
public interface LogOutEverywhereUseCase {

    /** Deletes all of the caller's sessions; returns how many there were. */
    int logOutEverywhere(Principal principal);
}
