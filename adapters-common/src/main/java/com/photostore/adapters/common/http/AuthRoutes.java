package com.photostore.adapters.common.http;

import com.photostore.adapters.common.http.RequestBodies.Credentials;
import com.photostore.adapters.common.http.RequestBodies.Refresh;
import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.LogInCommand;
import com.photostore.port.in.RefreshSessionCommand;
import com.photostore.port.in.RegisterUserCommand;
import java.util.Locale;

/** The account and session routes: sign up, log in, refresh, log out and log out everywhere. */
final class AuthRoutes {
    private static final String BEARER = "bearer ";

    private final ApiUseCases useCases;

    AuthRoutes(ApiUseCases useCases) {
        this.useCases = useCases;
    }

    void addTo(RouteTable table, String prefix) {
        table.add("POST", prefix + "/users", (request, path) -> {
            Credentials body = Json.read(request, Credentials.class);
            return Responses.json(201, JsonViews.user(useCases.registerUser()
                    .register(new RegisterUserCommand(body.username(), body.password()))), Responses.NO_STORE);
        });
        table.add("POST", prefix + "/sessions", (request, path) -> {
            Credentials body = Json.read(request, Credentials.class);
            return Responses.json(201, JsonViews.session(useCases.logIn()
                    .logIn(new LogInCommand(body.username(), body.password(), request.clientAddress()))),
                    Responses.NO_STORE);
        });
        table.add("POST", prefix + "/sessions/refresh", (request, path) -> {
            Refresh body = Json.read(request, Refresh.class);
            return Responses.json(200, JsonViews.session(useCases.refreshSession()
                    .refresh(new RefreshSessionCommand(body.refreshToken()))), Responses.NO_STORE);
        });
        table.add("DELETE", prefix + "/sessions/current", (request, path) -> {
            useCases.logOut().logOut(principal(request));
            return Responses.noContent();
        });
        table.add("DELETE", prefix + "/sessions", (request, path) -> {
            useCases.logOutEverywhere().logOutEverywhere(principal(request));
            return Responses.noContent();
        });
    }

    /** The caller named by the {@code Authorization: Bearer} header; tokens elsewhere are ignored. */
    Principal principal(HttpRequest request) {
        String authorization = request.header("Authorization").orElse("");
        if (authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            throw new UnauthorizedException("A bearer access token is required.");
        }
        return useCases.authenticate().authenticate(authorization.substring(BEARER.length()).strip());
    }
}
