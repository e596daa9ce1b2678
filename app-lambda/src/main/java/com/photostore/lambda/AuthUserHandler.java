package com.photostore.lambda;

import com.photostore.lambda.apigateway.ApiGatewayFunction;
import com.photostore.lambda.snapstart.SnapStartHooks;
import com.photostore.lambda.wiring.AuthUserComponent;
import com.photostore.lambda.wiring.DaggerAuthUserComponent;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import java.util.List;

/**
 * The handler of the AuthUser function: log in ({@code POST /api/v1/sessions}), behind API Gateway; its handler
 * string is {@code com.photostore.lambda.AuthUserHandler::handleRequest}.
 */
public final class AuthUserHandler extends ApiGatewayHandler {

    /** The function as the Lambda runtime creates it during init: wired from its environment. */
    public AuthUserHandler() {
        this(DaggerAuthUserComponent.factory().create(Environment.ofProcess()));
    }

    /** The function over its component. */
    public AuthUserHandler(AuthUserComponent component) {
        this(ApiGatewayFunction.serving(component.deployment().allowedOrigins(), List.of(component.sessions())),
                component.backends());
    }

    /** The function over given parts. */
    public AuthUserHandler(ApiGatewayFunction function, Backends backends) {
        super(function, SnapStartHooks.register(function::warmUp, backends));
    }
}
