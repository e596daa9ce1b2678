package com.photostore.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.photostore.lambda.apigateway.ApiGatewayFunction;
import com.photostore.lambda.snapstart.SnapStartHooks;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * What the five HTTP functions' handlers share: each is built once per execution environment during init and
 * answers every API Gateway event with its function's routes; it registers the SnapStart hooks that warm those
 * routes and release the function's connections before a snapshot.
 */
public abstract class ApiGatewayHandler implements RequestStreamHandler {
    private final ApiGatewayFunction function;
    private final SnapStartHooks snapStart;

    /** The handler of a function whose SnapStart hooks the subclass registered with {@link SnapStartHooks#register}. */
    protected ApiGatewayHandler(ApiGatewayFunction function, SnapStartHooks snapStart) {
        this.function = function;
        this.snapStart = snapStart;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) {
        function.handle(input, output);
    }

    /** The hooks this handler registered, which the runtime's CRaC context holds only weakly. */
    final SnapStartHooks snapStart() {
        return snapStart;
    }
}
