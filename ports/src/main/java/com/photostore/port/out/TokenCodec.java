package com.photostore.port.out;

import com.photostore.domain.session.AccessClaims;
import java.time.Instant;
import java.util.Optional;

/** Signs and verifies access tokens. */
public interface TokenCodec {

    /** A signed token asserting the claims. */
    IssuedToken issue(AccessClaims claims);

    /** The claims of a genuine, unexpired token at {@code now}; empty for anything else. */
    Optional<AccessClaims> verify(String token, Instant now);
}
