package com.photostore.lambda;

import com.photostore.lambda.apigateway.ApiGatewayFunction;
import com.photostore.lambda.snapstart.SnapStartHooks;
import com.photostore.lambda.wiring.DaggerUploadUrlComponent;
import com.photostore.lambda.wiring.UploadUrlComponent;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import java.util.List;

/**
 * The handler of the UploadUrl function: presigned upload forms ({@code POST /api/v1/uploads}), behind API Gateway;
 * its handler string is {@code com.photostore.lambda.UploadUrlHandler::handleRequest}.
 */
public final class UploadUrlHandler extends ApiGatewayHandler {

    /** The function as the Lambda runtime creates it during init: wired from its environment. */
    public UploadUrlHandler() {
        this(DaggerUploadUrlComponent.factory().create(Environment.ofProcess()));
    }

    /** The function over its component. */
    public UploadUrlHandler(UploadUrlComponent component) {
        this(ApiGatewayFunction.serving(component.deployment().allowedOrigins(), List.of(component.uploads())),
                component.backends());
    }

    /** The function over given parts. */
    public UploadUrlHandler(ApiGatewayFunction function, Backends backends) {
        super(function, SnapStartHooks.register(function::warmUp, backends));
    }
}
