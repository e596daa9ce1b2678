package com.photostore.lambda.apigateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.photostore.adapters.common.http.ApiRoutes;
import com.photostore.adapters.common.http.HttpApi;
import com.photostore.adapters.common.http.HttpRequest;
import com.photostore.adapters.common.http.HttpResponse;
import com.photostore.adapters.common.http.RouteGroup;
import com.photostore.adapters.common.http.RouteTable;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.lambda.json.EventJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One function's part of the HTTP API behind API Gateway: reads the event, answers it through the
 * framework-free {@link HttpApi} and writes the response event; a malformed event is a 400 problem, never an error
 * the runtime would see.
 */
public final class ApiGatewayFunction {
    private static final System.Logger ACCESS = System.getLogger("photostore.access");

    private final HttpApi api;
    private final RouteTable routes;

    public ApiGatewayFunction(RouteTable routes, Set<String> allowedOrigins) {
        this.routes = Objects.requireNonNull(routes, "routes");
        this.api = new HttpApi(routes, allowedOrigins);
    }

    /** The function serving these route groups to browsers of these origins. */
    public static ApiGatewayFunction serving(Set<String> allowedOrigins, List<RouteGroup> groups) {
        return new ApiGatewayFunction(ApiRoutes.table(groups), allowedOrigins);
    }

    /** Answers the event in {@code in} on {@code out}. */
    public void handle(InputStream in, OutputStream out) {
        EventJson.write(out, ApiGatewayMapping.response(answer(in)));
    }

    /**
     * Runs the function's code paths without touching a backend, so that a SnapStart snapshot holds them loaded
     * and compiled: a malformed event, and each of its operations without credentials and with a malformed body.
     */
    public void warmUp() {
        for (byte[] event : WarmUpEvents.of(routes.operations())) {
            handle(new ByteArrayInputStream(event), new ByteArrayOutputStream());
        }
    }

    private HttpResponse answer(InputStream in) {
        long started = System.nanoTime();
        HttpRequest request;
        try {
            request = ApiGatewayMapping.request(EventJson.read(in, APIGatewayV2HTTPEvent.class));
        } catch (InvalidInputException e) {
            HttpResponse refused = api.refuse(e);
            ACCESS.log(System.Logger.Level.INFO, "refused a malformed event: {0}", e.errors());
            return refused;
        }
        HttpResponse response = api.handle(request);
        ACCESS.log(System.Logger.Level.INFO, () -> request.method() + " " + request.path() + " " + response.status()
                + " " + (System.nanoTime() - started) / 1_000_000 + "ms "
                + response.header("X-Request-Id").orElse("-"));
        return response;
    }
}
