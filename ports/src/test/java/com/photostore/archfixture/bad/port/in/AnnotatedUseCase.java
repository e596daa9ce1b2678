package com.photostore.archfixture.bad.port.in;

import com.photostore.archfixture.bad.lib.Wired;

/** Breaks rule 3: a use case carrying a foreign annotation. */
@Wired
public interface AnnotatedUseCase {
    /** Runs. */
    void run();
}
