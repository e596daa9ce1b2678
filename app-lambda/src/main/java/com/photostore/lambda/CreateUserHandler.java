package com.photostore.lambda;

import com.photostore.lambda.apigateway.ApiGatewayFunction;
import com.photostore.lambda.snapstart.SnapStartHooks;
import com.photostore.lambda.wiring.CreateUserComponent;
import com.photostore.lambda.wiring.DaggerCreateUserComponent;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import java.util.List;

/**
 * The handler of the CreateUser function: sign up ({@code POST /api/v1/users}), behind API Gateway; its handler
 * string is {@code com.photostore.lambda.CreateUserHandler::handleRequest}.
 */
public final class CreateUserHandler extends ApiGatewayHandler {

    /** The function as the Lambda runtime creates it during init: wired from its environment. */
    public CreateUserHandler() {
        this(DaggerCreateUserComponent.factory().create(Environment.ofProcess()));
    }

    /** The function over its component. */
    public CreateUserHandler(CreateUserComponent component) {
        this(ApiGatewayFunction.serving(component.deployment().allowedOrigins(), List.of(component.users())),
                component.backends());
    }

    /** The function over given parts. */
    public CreateUserHandler(ApiGatewayFunction function, Backends backends) {
        super(function, SnapStartHooks.register(function::warmUp, backends));
    }
}
