package com.photostore.lambda;

import com.photostore.lambda.apigateway.ApiGatewayFunction;
import com.photostore.lambda.snapstart.SnapStartHooks;
import com.photostore.lambda.wiring.DaggerPhotosComponent;
import com.photostore.lambda.wiring.PhotosComponent;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import java.util.List;

/**
 * The handler of the Photos function: the library ({@code GET /api/v1/photos}), one photo (get, patch, delete), the
 * tag counts and the OpenAPI document, behind API Gateway; its handler string is {@code
 * com.photostore.lambda.PhotosHandler::handleRequest}.
 */
public final class PhotosHandler extends ApiGatewayHandler {

    /** The function as the Lambda runtime creates it during init: wired from its environment. */
    public PhotosHandler() {
        this(DaggerPhotosComponent.factory().create(Environment.ofProcess()));
    }

    /** The function over its component. */
    public PhotosHandler(PhotosComponent component) {
        this(ApiGatewayFunction.serving(component.deployment().allowedOrigins(),
                List.of(component.photos(), component.document())), component.backends());
    }

    /** The function over given parts. */
    public PhotosHandler(ApiGatewayFunction function, Backends backends) {
        super(function, SnapStartHooks.register(function::warmUp, backends));
    }
}
