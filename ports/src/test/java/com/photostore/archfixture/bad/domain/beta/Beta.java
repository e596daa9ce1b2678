package com.photostore.archfixture.bad.domain.beta;

import com.photostore.archfixture.bad.domain.alpha.Alpha;

/** Breaks rule 8 together with {@link Alpha}. */
public final class Beta {
    /** An alpha. */
    public Alpha alpha() {
        return new Alpha();
    }
}
