package com.photostore.adapters.common.http;

import com.photostore.adapters.common.http.RequestBodies.Refresh;
import com.photostore.port.in.LogOutEverywhereUseCase;
import com.photostore.port.in.LogOutUseCase;
import com.photostore.port.in.RefreshSessionCommand;
import com.photostore.port.in.RefreshSessionUseCase;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The routes of an open session: refresh its tokens, log out, log out everywhere. */
public final class TokenRoutes implements RouteGroup {
    /** The operations this group serves. */
    public static final Set<ApiOperation> OPERATIONS = Set.of(ApiOperation.REFRESH_SESSION, ApiOperation.LOG_OUT, ApiOperation.LOG_OUT_EVERYWHERE);

    private final RefreshSessionUseCase refreshSession;
    private final LogOutUseCase logOut;
    private final LogOutEverywhereUseCase logOutEverywhere;
    private final BearerAuthenticator auth;

    public TokenRoutes(RefreshSessionUseCase refreshSession, LogOutUseCase logOut,
                       LogOutEverywhereUseCase logOutEverywhere, BearerAuthenticator auth) {
        this.refreshSession = Objects.requireNonNull(refreshSession, "refreshSession");
        this.logOut = Objects.requireNonNull(logOut, "logOut");
        this.logOutEverywhere = Objects.requireNonNull(logOutEverywhere, "logOutEverywhere");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void bindTo(RouteTable table) {
        table.bind(ApiOperation.REFRESH_SESSION, this::refresh);
        table.bind(ApiOperation.LOG_OUT, this::logOut);
        table.bind(ApiOperation.LOG_OUT_EVERYWHERE, this::logOutEverywhere);
    }

    private HttpResponse refresh(HttpRequest request, Map<String, String> path) {
        Refresh body = Json.read(request, Refresh.class);
        return Responses.json(200, JsonViews.session(refreshSession.refresh(
                new RefreshSessionCommand(body.refreshToken()))), Responses.NO_STORE);
    }

    private HttpResponse logOut(HttpRequest request, Map<String, String> path) {
        logOut.logOut(auth.principal(request));
        return Responses.noContent();
    }

    private HttpResponse logOutEverywhere(HttpRequest request, Map<String, String> path) {
        logOutEverywhere.logOutEverywhere(auth.principal(request));
        return Responses.noContent();
    }
}
