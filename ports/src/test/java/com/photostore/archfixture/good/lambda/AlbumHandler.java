package com.photostore.archfixture.good.lambda;

import com.photostore.archfixture.good.lambda.wiring.LambdaWiring;
import com.photostore.archfixture.good.port.in.ListAlbumsUseCase;
import com.amazonaws.services.lambda.runtime.stub.Context;

/** A Lambda handler: runtime types allowed, services reached only through wiring. */
public final class AlbumHandler {
    private final ListAlbumsUseCase albums = LambdaWiring.albums();

    /** Handles one invocation. */
    public String handle(Context context) {
        return context.getAwsRequestId() + albums.list();
    }
}
