package com.photostore.adapters.common.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Maps a method and a path template such as {@code /api/v1/photos/{id}} to a handler. */
public final class RouteTable {
    /** Answers one matched request with the values of the path's {@code {name}} segments. */
    @FunctionalInterface
    public interface Handler {
        /** Handles the request. */
        HttpResponse handle(HttpRequest request, Map<String, String> pathParameters);
    }

    /** One route: a method, a path template and its handler. */
    public record Route(String method, String template, Handler handler) {
        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(handler, "handler");
        }
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route; the same method and template may be added once. */
    public RouteTable add(String method, String template, Handler handler) {
        for (Route route : routes) {
            if (route.method().equals(method) && route.template().equals(template)) {
                throw new IllegalArgumentException("duplicate route " + method + " " + template);
            }
        }
        routes.add(new Route(method, template, handler));
        return this;
    }

    /** Every route, in the order added. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The methods a path accepts, comma-separated, or empty when no template matches it. */
    public String allowedMethods(String path) {
        TreeSet<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (match(route.template(), path) != null) {
                methods.add(route.method());
            }
        }
        return String.join(", ", methods);
    }

    /** The template of the route that answers this method and path, if any (for naming metrics and logs). */
    public java.util.Optional<String> templateOf(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method) && match(route.template(), path) != null) {
                return java.util.Optional.of(route.template());
            }
        }
        return java.util.Optional.empty();
    }

    /** Runs the handler of the matching route; an unknown path is 404 and a wrong method 405 with {@code Allow}. */
    public HttpResponse dispatch(HttpRequest request) {
        for (Route route : routes) {
            if (route.method().equals(request.method())) {
                Map<String, String> parameters = match(route.template(), request.path());
                if (parameters != null) {
                    return route.handler().handle(request, parameters);
                }
            }
        }
        String allowed = allowedMethods(request.path());
        if (allowed.isEmpty()) {
            throw new HttpProblemException(ProblemType.NOT_FOUND, "No resource at this path.");
        }
        throw new HttpProblemException(ProblemType.METHOD_NOT_ALLOWED,
                "This path accepts " + allowed + ".", allowed);
    }

    private static Map<String, String> match(String template, String path) {
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < expected.length; i++) {
            String segment = expected[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return null;
                }
                parameters.put(segment.substring(1, segment.length() - 1), actual[i]);
            } else if (!segment.equals(actual[i])) {
                return null;
            }
        }
        return parameters;
    }
}
