package com.photostore.adapters.common.http;

import java.util.HashMap;
import java.util.Map;

/**
 * Every operation of the HTTP API, named by its method and path template under {@link ApiRoutes#PREFIX}. A route
 * table binds handlers to some of them; the whole list tells which methods a path accepts even where another
 * deployment unit (a Lambda function) serves them.
 */
public enum ApiOperation {
    SIGN_UP("POST", "/users"),
    LOG_IN("POST", "/sessions"),
    REFRESH_SESSION("POST", "/sessions/refresh"),
    LOG_OUT("DELETE", "/sessions/current"),
    LOG_OUT_EVERYWHERE("DELETE", "/sessions"),
    REQUEST_UPLOAD("POST", "/uploads"),
    LIST_PHOTOS("GET", "/photos"),
    GET_PHOTO("GET", "/photos/{id}"),
    UPDATE_PHOTO("PATCH", "/photos/{id}"),
    DELETE_PHOTO("DELETE", "/photos/{id}"),
    LIST_TAGS("GET", "/tags"),
    OPENAPI_DOCUMENT("GET", "/openapi.json");

    private final String method;
    private final String template;
    private final String[] segments;

    ApiOperation(String method, String path) {
        this.method = method;
        this.template = ApiRoutes.PREFIX + path;
        this.segments = template.split("/", -1);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The full path template, such as {@code /api/v1/photos/{id}}. */
    public String template() {
        return template;
    }

    /** The values of the template's {@code {name}} segments when the path matches it, else {@code null}. */
    Map<String, String> match(String path) {
        String[] actual = path.split("/", -1);
        if (actual.length != segments.length) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>(2);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
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
