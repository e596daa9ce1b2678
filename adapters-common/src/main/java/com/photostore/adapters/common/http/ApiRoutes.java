package com.photostore.adapters.common.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Builds the route table of the API under {@code /api/v1} from the inbound use cases. */
public final class ApiRoutes {
    /** The path every route starts with. */
    public static final String PREFIX = "/api/v1";
    /** The classpath location of the OpenAPI document. */
    public static final String OPENAPI_RESOURCE = "/openapi/photostore.json";

    private final ApiUseCases useCases;

    public ApiRoutes(ApiUseCases useCases) {
        this.useCases = useCases;
    }

    /** A new table holding every route of the API, the OpenAPI document included. */
    public RouteTable table() {
        RouteTable table = new RouteTable();
        AuthRoutes auth = new AuthRoutes(useCases);
        auth.addTo(table, PREFIX);
        new PhotoRoutes(useCases, auth).addTo(table, PREFIX);
        byte[] document = openApiDocument();
        table.add("GET", PREFIX + "/openapi.json", (request, path) -> new HttpResponse(200,
                Map.of("Content-Type", "application/json", "Cache-Control", "no-cache"), document));
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
