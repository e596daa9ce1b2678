package com.photostore.archfixture.bad.port.out;

/** A well-behaved out port the bad fixtures lean on. */
public interface AlbumRepository {
    /** An album by name. */
    String find(String name);
}
