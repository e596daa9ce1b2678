package com.photostore.archfixture.good.lambda.wiring;

import com.photostore.archfixture.good.port.in.ListAlbumsUseCase;
import com.photostore.archfixture.good.wiring.AlbumWiring;

/** The Lambda app's wiring, which takes the use case from the shared wiring. */
public final class LambdaWiring {
    private LambdaWiring() {
    }

    /** The use case, wired. */
    public static ListAlbumsUseCase albums() {
        return AlbumWiring.albums();
    }
}
