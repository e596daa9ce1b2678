package com.photostore.lambda.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.photostore.domain.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Reads the events the Lambda runtime hands a function and writes its answers, with the event classes of
 * {@code aws-lambda-java-events}: names match whatever their case ({@code Records}, {@code eventSourceARN}), fields
 * AWS adds later are ignored, and anything that is not the event's JSON is invalid input.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventJson() {
    }

    /** The event in the stream, or invalid input naming {@code event} when it is not that event's JSON. */
    public static <T> T read(InputStream in, Class<T> type) {
        try {
            T event = MAPPER.readValue(in, type);
            if (event == null) {
                throw InvalidInputException.of("event", "is empty");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("event", "is not a valid " + type.getSimpleName() + " in JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an answer as JSON. */
    public static void write(OutputStream out, Object answer) {
        try {
            MAPPER.writeValue(out, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
