package com.photostore.adapters.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.photostore.domain.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Strict JSON reading of request bodies (media type, size, unknown fields, types) and writing of responses. */
public final class Json {
    /** The largest request body accepted, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']{1,64})'");
    private static final ObjectMapper MAPPER = strictMapper();

    private Json() {
    }

    /** Reads a JSON request body into a record, or throws a problem naming what is wrong with it. */
    public static <T> T read(HttpRequest request, Class<T> type) {
        String contentType = request.header("Content-Type").orElse("");
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new HttpProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body must be application/json.");
        }
        if (request.bodyLength() > MAX_BODY_BYTES) {
            throw new HttpProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The body must not exceed " + MAX_BODY_BYTES + " bytes.");
        }
        if (request.bodyLength() == 0) {
            throw InvalidInputException.of("body", "is required");
        }
        try {
            T value = MAPPER.readValue(request.body(), type);
            if (value == null) {
                throw InvalidInputException.of("body", "must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw InvalidInputException.of(e.getPropertyName(), "is not a known field");
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw InvalidInputException.of(field.isEmpty() ? "body" : field, "has the wrong type");
        } catch (StreamReadException e) {
            throw InvalidInputException.of("body", duplicateKey(e).map(key -> "repeats the key " + key)
                    .orElse("is not valid JSON"));
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("body", "is not valid JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serialises a response value (maps, lists, strings, numbers) as UTF-8 JSON. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    private static Optional<String> duplicateKey(StreamReadException e) {
        Matcher duplicate = DUPLICATE_KEY.matcher(e.getOriginalMessage());
        return duplicate.find() ? Optional.of(duplicate.group(1)) : Optional.empty();
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }
}
