package com.photostore.archfixture.bad.domain.alpha;

import com.photostore.archfixture.bad.domain.beta.Beta;

/** Breaks rule 8 together with {@link Beta}: alpha and beta depend on each other. */
public final class Alpha {
    /** A beta. */
    public Beta beta() {
        return new Beta();
    }
}
