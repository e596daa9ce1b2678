package com.photostore.adapters.common.redis;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The server, database and credentials a {@code redis://} or {@code rediss://} URI names, read without ever
 * repeating the URI (it may hold a password) in an error or in {@link #toString()}.
 */
record RedisEndpoint(String host, int port, int database, String user, String password, boolean tls) {
    static final int DEFAULT_PORT = 6379;
    private static final String FORM = "redis://[[user]:password@]host[:port][/database], or rediss:// for TLS";

    /** Reads {@code redis://[[user]:password@]host[:port][/database]}; a user information without a colon is a password. */
    static RedisEndpoint parse(String uri) {
        URI parsed = uri(uri);
        String scheme = parsed.getScheme();
        boolean tls = "rediss".equalsIgnoreCase(scheme);
        if (!tls && !"redis".equalsIgnoreCase(scheme)) {
            throw invalid("its scheme is not redis or rediss");
        }
        if (parsed.getHost() == null) {
            throw invalid("it names no host (percent-encode @, /, : and # in the password)");
        }
        if (parsed.getRawQuery() != null || parsed.getRawFragment() != null) {
            throw invalid("it has a query or a fragment");
        }
        String host = parsed.getHost().replaceAll("^\\[|]$", "");
        int port = parsed.getPort() < 0 ? DEFAULT_PORT : parsed.getPort();
        Credentials credentials = Credentials.of(parsed.getUserInfo());
        return new RedisEndpoint(host, port, database(parsed.getPath()), credentials.user(), credentials.password(), tls);
    }

    private static URI uri(String uri) {
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            // Not chained: the cause's message quotes the whole URI.
            throw invalid("it is not a URI");
        }
    }

    /** The user ({@code null} for Redis' default user) and the password ({@code null} for none) of a URI. */
    private record Credentials(String user, String password) {
        static Credentials of(String userInfo) {
            if (userInfo == null || userInfo.isEmpty()) {
                return new Credentials(null, null);
            }
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                return new Credentials(null, userInfo);
            }
            String user = userInfo.substring(0, colon);
            return new Credentials(user.isEmpty() ? null : user, userInfo.substring(colon + 1));
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=redacted]";
        }
    }

    private static int database(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        String index = path.substring(1);
        if (!index.matches("[0-9]{1,5}")) {
            throw invalid("its path is not a database number");
        }
        return Integer.parseInt(index);
    }

    private static IllegalArgumentException invalid(String reason) {
        return new IllegalArgumentException("the Redis URI is not " + FORM + ": " + reason + " (the URI is not shown: it may hold a password)");
    }

    @Override
    public String toString() {
        return "RedisEndpoint[" + (tls ? "rediss://" : "redis://") + host + ":" + port + "/" + database
                + (user == null ? "" : ", user=" + user) + (password == null ? "" : ", password=redacted") + "]";
    }
}
