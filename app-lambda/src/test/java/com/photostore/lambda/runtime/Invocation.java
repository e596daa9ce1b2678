package com.photostore.lambda.runtime;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One invocation as the Runtime API hands it to the runtime: the event and the values of the {@code Lambda-Runtime-*}
 * headers of {@code /runtime/invocation/next}.
 */
public record Invocation(String requestId, byte[] event, Instant deadline, String functionArn, String traceId,
                         Optional<String> clientContext, Optional<String> cognitoIdentity) {

    public Invocation {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(functionArn, "functionArn");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(clientContext, "clientContext");
        Objects.requireNonNull(cognitoIdentity, "cognitoIdentity");
    }

    /** An invocation with a new request id and X-Ray trace header, without mobile-SDK context. */
    public static Invocation of(byte[] event, Instant deadline, String functionArn) {
        return new Invocation(UUID.randomUUID().toString(), event, deadline, functionArn, newTraceId(),
                Optional.empty(), Optional.empty());
    }

    /** The same invocation carrying the client context and Cognito identity a mobile SDK sends. */
    public Invocation withMobileContext(Optional<String> context, Optional<String> identity) {
        return new Invocation(requestId, event, deadline, functionArn, traceId, context, identity);
    }

    /** An X-Ray trace header in the form Lambda sends, {@code Root=1-<epoch hex>-<96 bits>;Parent=<64 bits>;Sampled=0}. */
    static String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        byte[] root = new byte[12];
        byte[] parent = new byte[8];
        random.nextBytes(root);
        random.nextBytes(parent);
        return "Root=1-" + Long.toHexString(Instant.now().getEpochSecond()) + "-" + hex.formatHex(root)
                + ";Parent=" + hex.formatHex(parent) + ";Sampled=0";
    }
}
