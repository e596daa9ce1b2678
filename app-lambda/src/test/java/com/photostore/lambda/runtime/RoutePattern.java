package com.photostore.lambda.runtime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP API route key such as {@code GET /pets/{id}} or {@code ANY /{proxy+}}: a method (or {@code ANY}) and path
 * segments that are literals, path variables, or a final greedy variable.
 */
final class RoutePattern implements Comparable<RoutePattern> {
    private final String routeKey;
    private final String method;
    private final List<String> segments;
    private final boolean greedy;

    private RoutePattern(String routeKey, String method, List<String> segments, boolean greedy) {
        this.routeKey = routeKey;
        this.method = method;
        this.segments = segments;
        this.greedy = greedy;
    }

    static RoutePattern parse(String routeKey) {
        String[] parts = routeKey.split(" ", 2);
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("not a route key: " + routeKey);
        }
        List<String> segments = split(parts[1]);
        for (int i = 0; i < segments.size() - 1; i++) {
            if (segments.get(i).endsWith("+}")) {
                throw new IllegalArgumentException("a greedy path variable must end the path: " + routeKey);
            }
        }
        boolean greedy = !segments.isEmpty() && segments.get(segments.size() - 1).endsWith("+}");
        return new RoutePattern(routeKey, parts[0], segments, greedy);
    }

    static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("/", -1));
    }

    String routeKey() {
        return routeKey;
    }

    /** The path parameters, decoded, if this route matches the method and the (raw) path segments. */
    Optional<Map<String, String>> match(String requestMethod, List<String> rawSegments) {
        if (!method.equals("ANY") && !method.equals(requestMethod)) {
            return Optional.empty();
        }
        int fixed = greedy ? segments.size() - 1 : segments.size();
        if (greedy ? rawSegments.size() <= fixed : rawSegments.size() != fixed) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < fixed; i++) {
            String pattern = segments.get(i);
            String value = PercentEncoding.decode(rawSegments.get(i));
            if (isVariable(pattern)) {
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(pattern.substring(1, pattern.length() - 1), value);
            } else if (!pattern.equals(value)) {
                return Optional.empty();
            }
        }
        if (greedy) {
            String pattern = segments.get(fixed);
            String rest = String.join("/", rawSegments.subList(fixed, rawSegments.size()));
            parameters.put(pattern.substring(1, pattern.length() - 2), PercentEncoding.decode(rest));
        }
        return Optional.of(parameters);
    }

    /**
     * Orders the more specific route first: full matches before greedy ones, longer greedy prefixes first, literals
     * before variables, named methods before {@code ANY}.
     */
    @Override
    public int compareTo(RoutePattern other) {
        if (greedy != other.greedy) {
            return greedy ? 1 : -1;
        }
        if (greedy && segments.size() != other.segments.size()) {
            return Integer.compare(other.segments.size(), segments.size());
        }
        for (int i = 0; i < Math.min(segments.size(), other.segments.size()); i++) {
            boolean variable = isVariable(segments.get(i));
            if (variable != isVariable(other.segments.get(i))) {
                return variable ? 1 : -1;
            }
        }
        return Boolean.compare(method.equals("ANY"), other.method.equals("ANY"));
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
