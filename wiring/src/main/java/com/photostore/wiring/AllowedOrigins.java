package com.photostore.wiring;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads {@code PHOTOSTORE_ALLOWED_ORIGINS}: browser origins allowed by CORS, space- or comma-separated. */
public final class AllowedOrigins {
    /** The variable that lists them. */
    public static final String VARIABLE = "PHOTOSTORE_ALLOWED_ORIGINS";

    private AllowedOrigins() {
    }

    /** The origins of the value; one that is not an origin like {@code https://photos.example.org} is an error. */
    public static Set<String> parse(String value) {
        Set<String> origins = new LinkedHashSet<>();
        Arrays.stream(value.split("[\\s,]+")).filter(s -> !s.isBlank()).forEach(origin -> {
            if (!origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException(VARIABLE + " holds " + origin
                        + ", which is not an origin like https://photos.example.org");
            }
            origins.add(origin);
        });
        return origins;
    }
}
