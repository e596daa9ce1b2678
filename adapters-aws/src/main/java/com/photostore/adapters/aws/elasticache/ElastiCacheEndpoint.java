package com.photostore.adapters.aws.elasticache;

import com.photostore.adapters.aws.support.DeploymentValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Resolves the Redis URI of the deployment's ElastiCache ({@code rediss://:<token>@host:port} with in-transit
 * encryption) from its SSM parameters and auth-token secret, whose whole secret string is the token.
 */
public final class ElastiCacheEndpoint {
    private static final int MAX_PORT = 65_535;

    private final DeploymentValues values;

    public ElastiCacheEndpoint(DeploymentValues values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    /** The URI to connect with; it carries the auth token, so it is never logged. */
    public String redisUri(ElastiCacheSettings settings) {
        String host = values.parameter(settings.hostParameter());
        String port = values.parameter(settings.portParameter());
        if (!host.matches("[A-Za-z0-9.-]{1,253}")) {
            throw new IllegalStateException("parameter " + settings.hostParameter() + " is not a host name");
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > MAX_PORT) {
            throw new IllegalStateException("parameter " + settings.portParameter() + " is not a port");
        }
        String credentials = settings.authTokenSecretId()
                .map(id -> ":" + URLEncoder.encode(values.secretString(id).strip(), StandardCharsets.UTF_8) + "@")
                .orElse("");
        return (settings.tls() ? "rediss://" : "redis://") + credentials + host + ":" + port;
    }
}
