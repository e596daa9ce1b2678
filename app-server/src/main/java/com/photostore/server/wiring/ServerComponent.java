package com.photostore.server.wiring;

import com.photostore.server.runtime.PhotostoreServer;

/** What a profile's Dagger component gives: the server, built over started backends but not yet serving. */
public interface ServerComponent {

    /** The server. */
    PhotostoreServer server();
}
