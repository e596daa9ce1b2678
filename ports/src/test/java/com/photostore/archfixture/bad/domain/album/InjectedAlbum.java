package com.photostore.archfixture.bad.domain.album;

import com.photostore.archfixture.bad.lib.Wired;

/** Breaks rule 3: a domain type with a foreign annotation on its constructor parameter. */
public final class InjectedAlbum {
    private final String name;

    public InjectedAlbum(@Wired String name) {
        this.name = name;
    }

    /** The name. */
    public String name() {
        return name;
    }
}
