package com.photostore.adapters.common.http;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The handlers of the API operations one deployment unit serves. Requests for an operation bound elsewhere are
 * not found here; a wrong method is answered with every method the whole API accepts at the path.
 */
public final class RouteTable {
    /** Answers one matched request with the values of the path's {@code {name}} segments. */
    @FunctionalInterface
    public interface Handler {
        /** Handles the request. */
        HttpResponse handle(HttpRequest request, Map<String, String> pathParameters);
    }

    private final Map<ApiOperation, Handler> handlers = new EnumMap<>(ApiOperation.class);

    /** Binds the handler of an operation; each operation is bound once. */
    public RouteTable bind(ApiOperation operation, Handler handler) {
        if (handlers.putIfAbsent(operation, handler) != null) {
            throw new IllegalArgumentException("operation bound twice: " + operation);
        }
        return this;
    }

    /** The operations this table serves. */
    public Set<ApiOperation> operations() {
        return Set.copyOf(handlers.keySet());
    }

    /** The methods the API accepts at a path, comma-separated, or empty when no operation has this path. */
    public String allowedMethods(String path) {
        TreeSet<String> methods = new TreeSet<>();
        for (ApiOperation operation : ApiOperation.values()) {
            if (operation.match(path) != null) {
                methods.add(operation.method());
            }
        }
        return String.join(", ", methods);
    }

    /** The template of the operation this table serves for a method and path (for naming metrics and logs). */
    public Optional<String> templateOf(String method, String path) {
        return served(method, path).map(ApiOperation::template);
    }

    /** Runs the handler of the matching operation; another unit's or an unknown path is 404, a wrong method 405. */
    public HttpResponse dispatch(HttpRequest request) {
        Optional<ApiOperation> operation = served(request.method(), request.path());
        if (operation.isPresent()) {
            return handlers.get(operation.get()).handle(request, operation.get().match(request.path()));
        }
        String allowed = allowedMethods(request.path());
        if (allowed.isEmpty() || isOperation(request.method(), request.path())) {
            throw new HttpProblemException(ProblemType.NOT_FOUND, "No resource at this path.");
        }
        throw new HttpProblemException(ProblemType.METHOD_NOT_ALLOWED,
                "This path accepts " + allowed + ".", allowed);
    }

    private Optional<ApiOperation> served(String method, String path) {
        for (ApiOperation operation : handlers.keySet()) {
            if (operation.method().equals(method) && operation.match(path) != null) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }

    private static boolean isOperation(String method, String path) {
        for (ApiOperation operation : ApiOperation.values()) {
            if (operation.method().equals(method) && operation.match(path) != null) {
                return true;
            }
        }
        return false;
    }
}
