package com.photostore.server.config;

import java.net.URI;

/** The origin ({@code scheme://host[:port]}) browsers load images from and upload files to. */
public record ObjectStoreOrigin(String value) {

    /** The origin of this endpoint. */
    public static ObjectStoreOrigin of(URI endpoint) {
        return new ObjectStoreOrigin(endpoint.getScheme() + "://" + endpoint.getRawAuthority());
    }
}
