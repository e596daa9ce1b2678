package com.photostore.adapters.aws.secretsmanager;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.support.AwsServiceFailures;
import com.photostore.adapters.aws.support.RefreshingCache;
import com.photostore.port.out.Clock;
import com.photostore.port.out.KeyRing;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * Key rings read from AWS Secrets Manager, one secret per {@link SecretName} the deployment unit uses, whose secret string is the JSON
 * document {@code {"current": {"kid": "k2", "key": "<base64>"}, "previous": [{"kid": "k1", "key": "<base64>"}]}}
 * ({@code kid}: 1-64 characters of {@code [A-Za-z0-9._-]}, distinct within the secret; {@code key}: standard
 * base64 of at least 32 bytes; {@code previous} optional, newest first), each cached for a time to live
 * (five minutes by default) and served stale while a reload fails.
 */
public final class SecretsManagerSecrets implements Secrets {
    private final SecretsManagerClient client;
    private final Function<SecretName, Optional<String>> secretIds;
    private final RefreshingCache<SecretName, KeyRing> cache;

    /** Key rings from the secrets named for each {@link SecretName}, cached for the default time. */
    public SecretsManagerSecrets(SecretsManagerClient client, Map<SecretName, String> secretIds) {
        this(client, secretIds, RefreshingCache.DEFAULT_TIME_TO_LIVE, Instant::now);
    }

    /** Key rings from the secrets named for each {@link SecretName}, cached for a time measured by the clock. */
    public SecretsManagerSecrets(SecretsManagerClient client, Map<SecretName, String> secretIds, Duration timeToLive,
                                 Clock clock) {
        this(client, copyOf(secretIds)::get, timeToLive, clock);
    }

    /**
     * Key rings from the secrets that a lookup names, asked for each ring only when the ring is first read (a unit
     * that never uses a ring never looks its secret up), cached for the default time.
     */
    public SecretsManagerSecrets(SecretsManagerClient client, Function<SecretName, Optional<String>> secretIds) {
        this(client, secretIds, RefreshingCache.DEFAULT_TIME_TO_LIVE, Instant::now);
    }

    private SecretsManagerSecrets(SecretsManagerClient client, Function<SecretName, Optional<String>> secretIds,
                                  Duration timeToLive, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.secretIds = Objects.requireNonNull(secretIds, "secretIds");
        this.cache = new RefreshingCache<>("secret", this::load, timeToLive, clock);
    }

    private static Map<SecretName, Optional<String>> copyOf(Map<SecretName, String> secretIds) {
        Map<SecretName, Optional<String>> ids = new EnumMap<>(SecretName.class);
        for (SecretName name : SecretName.values()) {
            ids.put(name, Optional.ofNullable(secretIds.get(name)));
        }
        return ids;
    }

    /** Secrets read through a client built from the settings. */
    public static SecretsManagerSecrets create(AwsClientSettings settings, Map<SecretName, String> secretIds) {
        return new SecretsManagerSecrets(AwsClients.build(SecretsManagerClient.builder(), settings), secretIds);
    }

    @Override
    public KeyRing keyRing(SecretName name) {
        return cache.get(Objects.requireNonNull(name, "name"));
    }

    private KeyRing load(SecretName name) {
        String secretId = secretIds.apply(name)
                .orElseThrow(() -> new IllegalStateException("no secret is configured for " + name));
        GetSecretValueResponse response;
        try {
            response = client.getSecretValue(b -> b.secretId(secretId));
        } catch (SdkException e) {
            throw AwsServiceFailures.translate("reading secret " + secretId, e);
        }
        if (response.secretString() == null) {
            throw new IllegalStateException("secret " + secretId + " has no secret string");
        }
        return KeyRingDocument.parse(secretId, response.secretString());
    }
}
