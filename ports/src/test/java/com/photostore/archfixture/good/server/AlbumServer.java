package com.photostore.archfixture.good.server;

import com.photostore.archfixture.good.adapters.common.http.AlbumRoutes;
import com.photostore.archfixture.good.server.wiring.ServerWiring;
import io.javalin.stub.Context;

/** The server app: Javalin allowed, services reached only through wiring. */
public final class AlbumServer {
    private final AlbumRoutes routes = new AlbumRoutes(ServerWiring.albums());

    /** Answers one request. */
    public void serve(Context context) {
        context.result(routes.count());
    }
}
