package com.photostore.adapters.common.jwt;

import com.photostore.port.out.KeyRing;
import com.photostore.port.out.SigningKey;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.security.SignatureException;
import java.security.Key;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/** Finds the verification key a signed token names, refusing any header that points elsewhere for keys. */
final class KeyRingLocator extends LocatorAdapter<Key> {
    static final String ALGORITHM = "HS256";
    private static final String JCA_ALGORITHM = "HmacSHA256";

    private final KeyRing ring;

    KeyRingLocator(KeyRing ring) {
        this.ring = ring;
    }

    static SecretKeySpec secretKey(SigningKey key) {
        return new SecretKeySpec(key.secret(), JCA_ALGORITHM);
    }

    @Override
    protected Key locate(JwsHeader header) {
        return acceptable(header)
                .flatMap(ring::find)
                .map(KeyRingLocator::secretKey)
                .orElseThrow(() -> new SignatureException("no acceptable key"));
    }

    private static Optional<String> acceptable(JwsHeader header) {
        boolean pointsElsewhere = header.getJwkSetUrl() != null
                || header.getJwk() != null
                || header.getX509Url() != null
                || header.getX509Chain() != null
                || header.getX509Sha1Thumbprint() != null
                || header.getX509Sha256Thumbprint() != null;
        if (pointsElsewhere || !ALGORITHM.equals(header.getAlgorithm())) {
            return Optional.empty();
        }
        return Optional.ofNullable(header.getKeyId());
    }
}
