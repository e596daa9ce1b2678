package com.photostore.lambda;

import com.photostore.lambda.apigateway.ApiGatewayFunction;
import com.photostore.lambda.snapstart.SnapStartHooks;
import com.photostore.lambda.wiring.AuthTokenComponent;
import com.photostore.lambda.wiring.DaggerAuthTokenComponent;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import java.util.List;

/**
 * The handler of the AuthToken function: refresh ({@code POST /api/v1/sessions/refresh}), log out and log out
 * everywhere ({@code DELETE /api/v1/sessions/current}, {@code DELETE /api/v1/sessions}), behind API Gateway; its
 * handler string is {@code com.photostore.lambda.AuthTokenHandler::handleRequest}.
 */
public final class AuthTokenHandler extends ApiGatewayHandler {

    /** The function as the Lambda runtime creates it during init: wired from its environment. */
    public AuthTokenHandler() {
        this(DaggerAuthTokenComponent.factory().create(Environment.ofProcess()));
    }

    /** The function over its component. */
    public AuthTokenHandler(AuthTokenComponent component) {
        this(ApiGatewayFunction.serving(component.deployment().allowedOrigins(), List.of(component.tokens())),
                component.backends());
    }

    /** The function over given parts. */
    public AuthTokenHandler(ApiGatewayFunction function, Backends backends) {
        super(function, SnapStartHooks.register(function::warmUp, backends));
    }
}
