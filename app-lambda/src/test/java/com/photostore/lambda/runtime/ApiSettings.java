package com.photostore.lambda.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The HTTP API around the routes: its stage ({@code $default}, served at the root, or a named one, served under
 * {@code /{stage}}), API and account ids, stage variables, and the integration timeout (at most 30 seconds).
 */
public record ApiSettings(String stage, String apiId, String accountId, Map<String, String> stageVariables,
                          Duration integrationTimeout) {
    /** The stage served at the root of the invoke URL. */
    public static final String DEFAULT_STAGE = "$default";
    /** The HTTP API quota on the integration timeout. */
    public static final Duration MAX_INTEGRATION_TIMEOUT = Duration.ofSeconds(30);

    public ApiSettings {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(apiId, "apiId");
        Objects.requireNonNull(accountId, "accountId");
        stageVariables = Map.copyOf(stageVariables);
        if (integrationTimeout.compareTo(Duration.ofMillis(50)) < 0
                || integrationTimeout.compareTo(MAX_INTEGRATION_TIMEOUT) > 0) {
            throw new IllegalArgumentException("an HTTP API integration times out after 50 ms to 30 s");
        }
        if (!stage.equals(DEFAULT_STAGE) && !stage.matches("[A-Za-z0-9_-]{1,128}")) {
            throw new IllegalArgumentException("not a stage name: " + stage);
        }
    }

    /** The {@code $default} stage, a new API id, no stage variables and the 30-second integration timeout. */
    public static ApiSettings defaults() {
        return new ApiSettings(DEFAULT_STAGE, newApiId(), "123456789012", Map.of(), MAX_INTEGRATION_TIMEOUT);
    }

    /** The same API served from another stage. */
    public ApiSettings withStage(String stageName) {
        return new ApiSettings(stageName, apiId, accountId, stageVariables, integrationTimeout);
    }

    /** The same API with stage variables. */
    public ApiSettings withStageVariables(Map<String, String> variables) {
        return new ApiSettings(stage, apiId, accountId, variables, integrationTimeout);
    }

    /** The same API with another integration timeout. */
    public ApiSettings withIntegrationTimeout(Duration timeout) {
        return new ApiSettings(stage, apiId, accountId, stageVariables, timeout);
    }

    /** The path prefix of the stage: empty for {@code $default}, {@code /name} otherwise. */
    public String pathPrefix() {
        return stage.equals(DEFAULT_STAGE) ? "" : "/" + stage;
    }

    private static String newApiId() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            id.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
