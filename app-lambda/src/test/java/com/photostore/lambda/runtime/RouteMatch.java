package com.photostore.lambda.runtime;

import java.util.Map;
import java.util.Objects;

/** The route API Gateway selected for a request: its route key, the path parameters it captured, and its target. */
public record RouteMatch<T>(String routeKey, Map<String, String> pathParameters, T target) {

    public RouteMatch {
        Objects.requireNonNull(routeKey, "routeKey");
        Objects.requireNonNull(target, "target");
        pathParameters = Map.copyOf(pathParameters);
    }
}
