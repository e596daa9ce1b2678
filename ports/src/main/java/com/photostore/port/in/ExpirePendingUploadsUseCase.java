package com.photostore.port.in;

/** Gives up on uploads whose file never arrived. */
public interface ExpirePendingUploadsUseCase {

    /** Removes up to {@code limit} PENDING photos past their deadline (and any object they left); returns how many. */
    int expire(int limit);
}
