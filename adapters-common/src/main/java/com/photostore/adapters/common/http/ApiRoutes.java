package com.photostore.adapters.common.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Composes route groups into the route table of one deployment unit under {@code /api/v1}. */
public final class ApiRoutes {
    /** The path every route starts with. */
    public static final String PREFIX = "/api/v1";
    /** The classpath location of the OpenAPI document. */
    public static final String OPENAPI_RESOURCE = "/openapi/photostore.json";

    private ApiRoutes() {
    }

    /** A new table serving the operations of these groups. */
    public static RouteTable table(List<RouteGroup> groups) {
        RouteTable table = new RouteTable();
        groups.forEach(group -> group.bindTo(table));
        return table;
    }

    /** The OpenAPI 3.1 document describing the API. */
    public static byte[] openApiDocument() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + OPENAPI_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
