package com.photostore.lambda.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of an HTTP API and API Gateway's choice among them: a full match of path and method first (literal
 * segments before path variables, a named method before {@code ANY}), then the longest greedy {@code {proxy+}} match,
 * then the {@code $default} route.
 */
public final class RouteTable<T> {
    /** The route key of the catch-all route. */
    public static final String DEFAULT_ROUTE = "$default";

    private final List<Map.Entry<RoutePattern, T>> routes;
    private final Optional<T> defaultTarget;

    private RouteTable(List<Map.Entry<RoutePattern, T>> routes, Optional<T> defaultTarget) {
        this.routes = routes;
        this.defaultTarget = defaultTarget;
    }

    /** A table of route keys ({@code "GET /photos/{id}"}, {@code "ANY /{proxy+}"}, {@code "$default"}) and their targets. */
    public static <T> RouteTable<T> of(Map<String, T> routes) {
        List<Map.Entry<RoutePattern, T>> patterns = new ArrayList<>();
        routes.forEach((key, target) -> {
            if (!key.equals(DEFAULT_ROUTE)) {
                patterns.add(Map.entry(RoutePattern.parse(key), target));
            }
        });
        patterns.sort(Map.Entry.comparingByKey());
        return new RouteTable<>(List.copyOf(patterns), Optional.ofNullable(routes.get(DEFAULT_ROUTE)));
    }

    /** The route a request with this method and raw (still percent-encoded) path, without the stage, goes to. */
    public Optional<RouteMatch<T>> select(String method, String rawPath) {
        List<String> segments = RoutePattern.split(rawPath);
        for (Map.Entry<RoutePattern, T> route : routes) {
            Optional<Map<String, String>> parameters = route.getKey().match(method, segments);
            if (parameters.isPresent()) {
                return Optional.of(new RouteMatch<>(route.getKey().routeKey(), parameters.get(), route.getValue()));
            }
        }
        return defaultTarget.map(target -> new RouteMatch<>(DEFAULT_ROUTE, Map.of(), target));
    }
}
