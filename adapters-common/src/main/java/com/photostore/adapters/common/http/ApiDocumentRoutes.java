package com.photostore.adapters.common.http;

import java.util.Map;
import java.util.Set;

/** Serves the OpenAPI 3.1 document of the API ({@code GET /openapi.json}). */
public final class ApiDocumentRoutes implements RouteGroup {
    /** The operations this group serves. */
    public static final Set<ApiOperation> OPERATIONS = Set.of(ApiOperation.OPENAPI_DOCUMENT);

    private final byte[] document = ApiRoutes.openApiDocument();

    @Override
    public void bindTo(RouteTable table) {
        table.bind(ApiOperation.OPENAPI_DOCUMENT, (request, path) -> new HttpResponse(200,
                Map.of("Content-Type", "application/json", "Cache-Control", "no-cache"), document));
    }
}
