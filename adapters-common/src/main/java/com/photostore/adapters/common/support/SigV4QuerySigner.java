package com.photostore.adapters.common.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Presigns S3 GET URLs with Signature Version 4 in the query string, cheaply: the signing key is derived once per
 * day (and key) and each thread reuses its own HMAC, so a page of a hundred and fifty links costs microseconds each
 * rather than a general-purpose signer's full request pipeline.
 */
public final class SigV4QuerySigner {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String SERVICE = "s3";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    });

    private final URI endpoint;
    private final String host;
    private final String region;
    private final Supplier<SigningCredentials> credentials;
    private volatile DayKey dayKey = new DayKey("", "", new byte[0]);

    private record DayKey(String day, String secret, byte[] key) {
    }

    /** A signer for the server at {@code endpoint} (scheme, host and port only) in {@code region}, with one key. */
    public SigV4QuerySigner(URI endpoint, String region, String accessKey, String secretKey) {
        this(endpoint, region, constant(new SigningCredentials(accessKey, secretKey, Optional.empty())));
    }

    /**
     * A signer whose credentials are asked for at every signature (temporary ones rotate), their session token
     * signed into the URL as {@code X-Amz-Security-Token}.
     */
    public SigV4QuerySigner(URI endpoint, String region, Supplier<SigningCredentials> credentials) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.region = Objects.requireNonNull(region, "region");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        boolean defaultPort = endpoint.getPort() == -1
                || endpoint.getPort() == 80 && "http".equals(endpoint.getScheme())
                || endpoint.getPort() == 443 && "https".equals(endpoint.getScheme());
        this.host = defaultPort ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }

    /** A URL that GETs {@code key} of {@code bucket}, signed as at {@code signedAt} and valid for {@code validFor}. */
    public URI presignGet(String bucket, String key, Instant signedAt, Duration validFor,
                          Optional<String> contentDisposition) {
        return presignPath("/" + encode(bucket, false) + "/" + encode(key, false), signedAt, validFor,
                contentDisposition);
    }

    /** A URL that GETs this already-encoded path of the endpoint (virtual-hosted buckets name none in the path). */
    public URI presignPath(String path, Instant signedAt, Duration validFor, Optional<String> contentDisposition) {
        SigningCredentials signing = credentials.get();
        String day = DAY.format(signedAt);
        String stamp = STAMP.format(signedAt);
        String scope = day + "/" + region + "/" + SERVICE + "/aws4_request";
        Map<String, String> query = new TreeMap<>();
        query.put("X-Amz-Algorithm", ALGORITHM);
        query.put("X-Amz-Credential", signing.accessKey() + "/" + scope);
        query.put("X-Amz-Date", stamp);
        query.put("X-Amz-Expires", Long.toString(validFor.toSeconds()));
        query.put("X-Amz-SignedHeaders", "host");
        signing.sessionToken().ifPresent(token -> query.put("X-Amz-Security-Token", token));
        contentDisposition.ifPresent(value -> query.put("response-content-disposition", value));
        StringBuilder canonicalQuery = new StringBuilder();
        query.forEach((name, value) -> {
            if (canonicalQuery.length() > 0) {
                canonicalQuery.append('&');
            }
            canonicalQuery.append(encode(name, true)).append('=').append(encode(value, true));
        });
        String canonicalRequest = "GET\n" + path + "\n" + canonicalQuery + "\nhost:" + host + "\n\nhost\nUNSIGNED-PAYLOAD";
        String toSign = ALGORITHM + "\n" + stamp + "\n" + scope + "\n"
                + HexFormat.of().formatHex(SHA256.get().digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        String signature = HexFormat.of().formatHex(SigV4Keys.hmac(signingKey(day, signing.secretKey()), toSign));
        return URI.create(endpoint.getScheme() + "://" + host + path + "?" + canonicalQuery
                + "&X-Amz-Signature=" + signature);
    }

    private byte[] signingKey(String day, String secret) {
        DayKey current = dayKey;
        if (!current.day().equals(day) || !current.secret().equals(secret)) {
            current = new DayKey(day, secret, SigV4Keys.signingKey(secret, day, region, SERVICE));
            dayKey = current;
        }
        return current.key();
    }

    private static Supplier<SigningCredentials> constant(SigningCredentials credentials) {
        return () -> credentials;
    }

    /** RFC 3986 percent-encoding as SigV4 canonicalises it; {@code /} is kept in paths. */
    public static String encode(String value, boolean encodeSlash) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~' || c == '/' && !encodeSlash) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Names the endpoint and region only. */
    @Override
    public String toString() {
        return "SigV4QuerySigner[" + endpoint + ", " + region + "]";
    }
}
