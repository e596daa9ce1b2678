package com.photostore.adapters.aws.elasticache;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the deployment's ElastiCache Redis is: SSM parameters holding its primary endpoint's host and port, the
 * Secrets Manager secret holding its auth token (absent: no AUTH), and whether it encrypts in transit.
 */
public record ElastiCacheSettings(String hostParameter, String portParameter, Optional<String> authTokenSecretId,
                                  boolean tls) {
    public ElastiCacheSettings {
        Objects.requireNonNull(hostParameter, "hostParameter");
        Objects.requireNonNull(portParameter, "portParameter");
        Objects.requireNonNull(authTokenSecretId, "authTokenSecretId");
    }
}
