package com.photostore.adapters.common.http;

import com.photostore.adapters.common.http.RequestBodies.LogIn;
import com.photostore.port.in.LogInCommand;
import com.photostore.port.in.LogInUseCase;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The log-in route ({@code POST /sessions}): credentials in, a new session's tokens out. */
public final class SessionRoutes implements RouteGroup {
    /** The operations this group serves. */
    public static final Set<ApiOperation> OPERATIONS = Set.of(ApiOperation.LOG_IN);

    private final LogInUseCase logIn;

    public SessionRoutes(LogInUseCase logIn) {
        this.logIn = Objects.requireNonNull(logIn, "logIn");
    }

    @Override
    public void bindTo(RouteTable table) {
        table.bind(ApiOperation.LOG_IN, this::logIn);
    }

    private HttpResponse logIn(HttpRequest request, Map<String, String> path) {
        LogIn body = Json.read(request, LogIn.class);
        return Responses.json(201, JsonViews.session(logIn.logIn(new LogInCommand(body.username(), body.password(),
                request.clientAddress(), body.deviceToken()))), Responses.NO_STORE);
    }
}
