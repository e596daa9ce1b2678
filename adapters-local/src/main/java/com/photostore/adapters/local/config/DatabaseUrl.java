package com.photostore.adapters.local.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code DATABASE_URL} ({@code postgres://user:password@host:port/database} or
 * {@code jdbc:postgresql://host:port/database?user=…&password=…}) into an endpoint without echoing it.
 */
final class DatabaseUrl {
    private static final String FORMAT = "DATABASE_URL is not a PostgreSQL URL "
            + "(postgres://user:password@host:port/database or jdbc:postgresql://host:port/database?user=…&password=…)";

    private DatabaseUrl() {
    }

    static DatabaseEndpoint parse(String value) {
        String text = value.strip();
        if (text.startsWith("jdbc:")) {
            text = text.substring("jdbc:".length());
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(FORMAT);
        }
        String scheme = uri.getScheme();
        if (!("postgres".equals(scheme) || "postgresql".equals(scheme)) || uri.getHost() == null
                || uri.getRawPath() == null || uri.getRawPath().length() < 2) {
            throw new IllegalArgumentException(FORMAT);
        }
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String[] pair = parameter.split("=", 2);
                String parameterValue = pair.length > 1 ? decode(pair[1]) : "";
                switch (pair[0]) {
                    case "user" -> user = parameterValue;
                    case "password" -> password = parameterValue;
                    default -> kept.add(parameter);
                }
            }
        }
        if (user.isEmpty()) {
            throw new IllegalArgumentException("DATABASE_URL names no user");
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = kept.isEmpty() ? "" : "?" + String.join("&", kept);
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query;
        return new DatabaseEndpoint(jdbcUrl, user, password);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FORMAT);
        }
    }
}
