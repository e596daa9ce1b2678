package com.photostore.adapters.common.http;

import com.photostore.domain.error.ConflictException;
import com.photostore.domain.error.DomainException;
import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.error.RateLimitedException;
import com.photostore.domain.error.UnavailableException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code application/problem+json} (RFC 9457) responses from errors. */
public final class Problems {
    /** The media type of every error body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** The problem answering a domain error, with its field errors, conflict details and retry hint. */
    public static HttpResponse of(DomainException error) {
        ProblemType type = ProblemType.of(error.kind());
        List<FieldError> fields = error instanceof InvalidInputException invalid ? invalid.errors() : List.of();
        Map<String, Object> extra = new LinkedHashMap<>();
        if (error instanceof ConflictException conflict) {
            extra.putAll(conflict.details());
        }
        String detail = error instanceof UnavailableException
                ? "A backend did not answer; try again later." : error.getMessage();
        HttpResponse response = build(type, detail, fields, extra);
        if (error instanceof RateLimitedException limited) {
            response = response.withHeader("Retry-After", seconds(limited.retryAfter()));
        } else if (error instanceof UnavailableException unavailable) {
            response = response.withHeader("Retry-After", seconds(unavailable.retryAfter()));
        } else if (type == ProblemType.UNAUTHORIZED) {
            response = response.withHeader("WWW-Authenticate", "Bearer realm=\"photostore\"");
        }
        return response;
    }

    /** The problem answering a refusal of the HTTP layer. */
    public static HttpResponse of(HttpProblemException error) {
        HttpResponse response = build(error.type(), error.getMessage(), List.of(), Map.of());
        return error.allow() == null ? response : response.withHeader("Allow", error.allow());
    }

    /** A problem of a type with a detail and nothing else. */
    public static HttpResponse of(ProblemType type, String detail) {
        return build(type, detail, List.of(), Map.of());
    }

    private static HttpResponse build(ProblemType type, String detail, List<FieldError> fields,
                                      Map<String, ?> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        body.put("errors", fields.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        body.putAll(extra);
        return new HttpResponse(type.status(), Map.of("Content-Type", MEDIA_TYPE), Json.write(body));
    }

    private static String seconds(Duration wait) {
        long rounded = wait.toMillis() <= 0 ? 1 : (wait.toMillis() + 999) / 1000;
        return Long.toString(rounded);
    }
}
