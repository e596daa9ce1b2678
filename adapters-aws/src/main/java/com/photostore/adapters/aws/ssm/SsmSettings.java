package com.photostore.adapters.aws.ssm;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.support.AwsServiceFailures;
import com.photostore.adapters.aws.support.RefreshingCache;
import com.photostore.port.out.Clock;
import com.photostore.port.out.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathResponse;
import software.amazon.awssdk.services.ssm.model.Parameter;

/**
 * Settings read from SSM Parameter Store: setting {@code upload.maxBytes} is parameter
 * {@code <prefix>/upload.maxBytes} (SecureString values decrypted). All parameters right below the prefix are read
 * together ({@code GetParametersByPath}, ten per page), so a cold start asks SSM once rather than once per setting;
 * they are cached for a time to live (five minutes by default) and served stale while a reload fails.
 */
public final class SsmSettings implements Settings {
    private final SsmClient client;
    private final String prefix;
    private static final int PAGE_SIZE = 10;

    private final RefreshingCache<String, Map<String, String>> cache;

    /** Settings under a prefix such as {@code /photostore/prod}, cached for the default time. */
    public SsmSettings(SsmClient client, String prefix) {
        this(client, prefix, RefreshingCache.DEFAULT_TIME_TO_LIVE, Instant::now);
    }

    /** Settings under a prefix, cached for a time measured by the clock. */
    public SsmSettings(SsmClient client, String prefix, Duration timeToLive, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("a parameter prefix starts with / and does not end with /");
        }
        this.prefix = prefix;
        this.cache = new RefreshingCache<>("settings under", this::load, timeToLive, clock);
    }

    /** Settings read through a client built from the settings. */
    public static SsmSettings create(AwsClientSettings settings, String prefix) {
        return new SsmSettings(AwsClients.build(SsmClient.builder(), settings), prefix);
    }

    /** Reads every setting now (at start-up, say), so that the first lookup finds them cached. */
    public void load() {
        cache.get(prefix);
    }

    @Override
    public Optional<String> find(String name) {
        return Optional.ofNullable(cache.get(prefix).get(Objects.requireNonNull(name, "name")));
    }

    private Map<String, String> load(String path) {
        Map<String, String> values = new HashMap<>();
        String next = null;
        try {
            do {
                String token = next;
                GetParametersByPathResponse page = client.getParametersByPath(b -> b.path(path).recursive(false)
                        .withDecryption(true).maxResults(PAGE_SIZE).nextToken(token));
                for (Parameter parameter : page.parameters()) {
                    values.put(parameter.name().substring(path.length() + 1), parameter.value());
                }
                next = page.nextToken();
            } while (next != null && !next.isEmpty());
        } catch (SdkException e) {
            throw AwsServiceFailures.translate("reading the parameters under " + path, e);
        }
        return Map.copyOf(values);
    }
}
