package com.photostore.archfixture.good.domain.album;

import java.util.List;

/** A well-behaved domain type: JDK only, java.lang annotations only. */
public record Album(String name, List<String> photos) {
    @Override
    @Deprecated
    public String toString() {
        return name;
    }
}
