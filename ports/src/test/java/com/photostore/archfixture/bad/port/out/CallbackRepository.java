package com.photostore.archfixture.bad.port.out;

import com.photostore.archfixture.bad.port.in.PeekingUseCase;

/** Breaks rule 4: an out port that sees a use case. */
public interface CallbackRepository {
    /** Calls back. */
    void notify(PeekingUseCase useCase);
}
