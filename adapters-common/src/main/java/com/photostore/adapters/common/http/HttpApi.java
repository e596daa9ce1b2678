package com.photostore.adapters.common.http;

import com.photostore.adapters.common.support.RequestContext;
import com.photostore.domain.error.DomainException;
import java.util.Set;
import java.util.UUID;

/**
 * The entry point a server or function binds: dispatches through the route table, turns every error into a
 * problem (an unexpected one into a 500 logged with its request id), and adds security and CORS headers.
 */
public final class HttpApi {
    private static final System.Logger LOG = System.getLogger(HttpApi.class.getName());
    private static final String REQUEST_HEADERS = "Authorization, Content-Type, If-None-Match";
    private static final String EXPOSED_HEADERS = "ETag, Retry-After, WWW-Authenticate, X-Request-Id";

    private final RouteTable table;
    private final Set<String> allowedOrigins;

    public HttpApi(RouteTable table, Set<String> allowedOrigins) {
        this.table = table;
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** Answers one request; never throws. */
    public HttpResponse handle(HttpRequest request) {
        String requestId = UUID.randomUUID().toString();
        String origin = request.header("Origin").filter(allowedOrigins::contains).orElse(null);
        HttpResponse response = isPreflight(request) ? preflight(request, origin) : dispatch(request, requestId);
        return decorate(response, requestId, request.header("Origin").isPresent(), origin);
    }

    /** Answers a request that could not even be read (a malformed event, say) with its problem and the usual headers. */
    public HttpResponse refuse(DomainException error) {
        return decorate(Problems.of(error), UUID.randomUUID().toString(), false, null);
    }

    private static HttpResponse decorate(HttpResponse answer, String requestId, boolean hasOrigin, String origin) {
        HttpResponse response = answer
                .withHeader("X-Request-Id", requestId)
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "no-referrer")
                .withHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .withHeader("X-Frame-Options", "DENY")
                .withDefaultHeader("Cache-Control", Responses.NO_STORE);
        if (hasOrigin) {
            response = response.withHeader("Vary", "Origin");
        }
        if (origin != null) {
            response = response.withHeader("Access-Control-Allow-Origin", origin)
                    .withHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        return response;
    }

    private static boolean isPreflight(HttpRequest request) {
        return request.method().equals("OPTIONS") && request.header("Origin").isPresent()
                && request.header("Access-Control-Request-Method").isPresent();
    }

    private HttpResponse preflight(HttpRequest request, String origin) {
        if (origin == null) {
            return Problems.of(ProblemType.FORBIDDEN, "This origin may not call the API.");
        }
        String allowed = table.allowedMethods(request.path());
        if (allowed.isEmpty()) {
            return Problems.of(ProblemType.NOT_FOUND, "No resource at this path.");
        }
        return HttpResponse.empty(204)
                .withHeader("Access-Control-Allow-Methods", allowed)
                .withHeader("Access-Control-Allow-Headers", REQUEST_HEADERS)
                .withHeader("Access-Control-Max-Age", "600");
    }

    private HttpResponse dispatch(HttpRequest request, String requestId) {
        try {
            return RequestContext.within(requestId, request.clientAddress(), () -> table.dispatch(request));
        } catch (DomainException e) {
            return Problems.of(e);
        } catch (HttpProblemException e) {
            return Problems.of(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "request " + requestId + " " + request + " failed", e);
            return Problems.of(ProblemType.INTERNAL_ERROR,
                    "An unexpected error occurred; quote request id " + requestId + ".");
        }
    }
}
