package com.photostore.adapters.common.http;

import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.AuthenticateRequestUseCase;
import java.util.Locale;
import java.util.Objects;

/** Names the caller of a request by its {@code Authorization: Bearer} header; a token anywhere else is ignored. */
public final class BearerAuthenticator {
    private static final String BEARER = "bearer ";

    private final AuthenticateRequestUseCase authenticate;

    public BearerAuthenticator(AuthenticateRequestUseCase authenticate) {
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
    }

    /** The caller; a missing, malformed or refused token is unauthorized. */
    public Principal principal(HttpRequest request) {
        String authorization = request.header("Authorization").orElse("");
        if (authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            throw new UnauthorizedException("A bearer access token is required.");
        }
        return authenticate.authenticate(authorization.substring(BEARER.length()).strip());
    }
}
