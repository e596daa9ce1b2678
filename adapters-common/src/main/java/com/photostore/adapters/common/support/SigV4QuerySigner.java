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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Presigns path-style S3 GET URLs with Signature Version 4 in the query string, cheaply: the signing key is
 * derived once per day and each thread reuses its own HMAC, so a page of a hundred and fifty links costs
 * microseconds each rather than a general-purpose signer's full request pipeline.
 */
public final class SigV4QuerySigner {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String SERVICE = "s3";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    });
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
    private final String accessKey;
    private final byte[] secret;
    private volatile DayKey dayKey = new DayKey("", new byte[0]);

    private record DayKey(String day, byte[] key) {
    }

    /** A signer for the server at {@code endpoint} (scheme, host and port only) in {@code region}. */
    public SigV4QuerySigner(URI endpoint, String region, String accessKey, String secretKey) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.region = Objects.requireNonNull(region, "region");
        this.accessKey = Objects.requireNonNull(accessKey, "accessKey");
        this.secret = ("AWS4" + Objects.requireNonNull(secretKey, "secretKey")).getBytes(StandardCharsets.UTF_8);
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
    URI presignPath(String path, Instant signedAt, Duration validFor, Optional<String> contentDisposition) {
        String day = DAY.format(signedAt);
        String stamp = STAMP.format(signedAt);
        String scope = day + "/" + region + "/" + SERVICE + "/aws4_request";
        Map<String, String> query = new TreeMap<>();
        query.put("X-Amz-Algorithm", ALGORITHM);
        query.put("X-Amz-Credential", accessKey + "/" + scope);
        query.put("X-Amz-Date", stamp);
        query.put("X-Amz-Expires", Long.toString(validFor.toSeconds()));
        query.put("X-Amz-SignedHeaders", "host");
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
        String signature = HexFormat.of().formatHex(hmac(signingKey(day), toSign));
        return URI.create(endpoint.getScheme() + "://" + host + path + "?" + canonicalQuery
                + "&X-Amz-Signature=" + signature);
    }

    private byte[] signingKey(String day) {
        DayKey current = dayKey;
        if (!current.day().equals(day)) {
            byte[] key = hmac(hmac(hmac(hmac(secret, day), region), SERVICE), "aws4_request");
            current = new DayKey(day, key);
            dayKey = current;
        }
        return current.key();
    }

    private static byte[] hmac(byte[] key, String data) {
        Mac mac = HMAC.get();
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an HMAC key was refused", e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 3986 percent-encoding as SigV4 canonicalises it; {@code /} is kept in paths. */
    static String encode(String value, boolean encodeSlash) {
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

    /** Names the endpoint and access key only. */
    @Override
    public String toString() {
        return "SigV4QuerySigner[" + endpoint + ", " + region + ", " + accessKey + "]";
    }
}
