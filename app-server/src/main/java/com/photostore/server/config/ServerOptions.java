package com.photostore.server.config;

import com.photostore.wiring.AllowedOrigins;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the server listens and who may call it: host and port ({@code HOST}, {@code PORT}), the name browsers reach
 * this machine by ({@code PHOTOSTORE_PUBLIC_HOST}, default {@code HOST}, or {@code 127.0.0.1} when {@code HOST}
 * is every interface), the extra browser origins allowed by CORS ({@code PHOTOSTORE_ALLOWED_ORIGINS}, space- or
 * comma-separated), the number of ingest workers ({@code PHOTOSTORE_INGEST_WORKERS}), and the token that opens the
 * operator endpoints to clients on other machines ({@code PHOTOSTORE_OPERATOR_TOKEN}, optional).
 */
public record ServerOptions(String host, int port, String publicHost, Set<String> extraOrigins, int ingestWorkers,
                            Optional<String> operatorToken) {
    /** The variable of the token that lets clients elsewhere read {@code /health/ready} and {@code /metrics}. */
    public static final String OPERATOR_TOKEN = "PHOTOSTORE_OPERATOR_TOKEN";
    private static final int MIN_OPERATOR_TOKEN_LENGTH = 32;

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_INGEST_WORKERS = 2;

    public ServerOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("PORT is between 0 and 65535");
        }
        if (ingestWorkers < 1 || ingestWorkers > 32) {
            throw new IllegalArgumentException("PHOTOSTORE_INGEST_WORKERS is between 1 and 32");
        }
        extraOrigins = Set.copyOf(extraOrigins);
        if (operatorToken.filter(token -> token.length() < MIN_OPERATOR_TOKEN_LENGTH
                || !token.matches("[\\x21-\\x7e]+")).isPresent()) {
            throw new IllegalArgumentException(OPERATOR_TOKEN + " is at least " + MIN_OPERATOR_TOKEN_LENGTH
                    + " printable characters without spaces");
        }
        for (String name : new String[] {host, publicHost}) {
            if (!name.matches("[A-Za-z0-9.-]+")) {
                throw new IllegalArgumentException("HOST and PHOTOSTORE_PUBLIC_HOST are host names or IPv4 addresses, not "
                        + name);
            }
        }
    }

    /** The options these environment variables describe; a malformed value is an error naming its variable. */
    public static ServerOptions fromEnvironment(Map<String, String> environment) {
        String host = value(environment, "HOST").orElse(DEFAULT_HOST);
        int port = number(environment, "PORT", DEFAULT_PORT);
        Set<String> origins = value(environment, AllowedOrigins.VARIABLE).map(AllowedOrigins::parse).orElse(Set.of());
        String publicHost = value(environment, "PHOTOSTORE_PUBLIC_HOST")
                .orElse(isWildcard(host) ? DEFAULT_HOST : host);
        return new ServerOptions(host, port, publicHost, origins, number(environment, "PHOTOSTORE_INGEST_WORKERS",
                DEFAULT_INGEST_WORKERS), value(environment, OPERATOR_TOKEN));
    }

    /** Whether the host names every interface. */
    public static boolean isWildcard(String host) {
        return host.equals("0.0.0.0");
    }

    /** The same options on another port. */
    public ServerOptions withPort(int otherPort) {
        return new ServerOptions(host, otherPort, publicHost, extraOrigins, ingestWorkers, operatorToken);
    }

    /** The origins the web app is reached at when served by this server on {@code actualPort}, plus the extra ones. */
    public Set<String> allowedOrigins(int actualPort) {
        Set<String> origins = new LinkedHashSet<>(extraOrigins);
        origins.add("http://localhost:" + actualPort);
        origins.add("http://127.0.0.1:" + actualPort);
        origins.add("http://" + publicHost + ":" + actualPort);
        if (!isWildcard(host)) {
            origins.add("http://" + host + ":" + actualPort);
        }
        return origins;
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int number(Map<String, String> environment, String name, int fallback) {
        Optional<String> text = value(environment, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a whole number: " + text.get());
        }
    }
}
