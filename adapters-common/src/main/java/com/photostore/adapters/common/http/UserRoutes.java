package com.photostore.adapters.common.http;

import com.photostore.adapters.common.http.RequestBodies.Credentials;
import com.photostore.port.in.RegisterUserCommand;
import com.photostore.port.in.RegisterUserUseCase;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The account route: sign up ({@code POST /users}). */
public final class UserRoutes implements RouteGroup {
    /** The operations this group serves. */
    public static final Set<ApiOperation> OPERATIONS = Set.of(ApiOperation.SIGN_UP);

    private final RegisterUserUseCase registerUser;

    public UserRoutes(RegisterUserUseCase registerUser) {
        this.registerUser = Objects.requireNonNull(registerUser, "registerUser");
    }

    @Override
    public void bindTo(RouteTable table) {
        table.bind(ApiOperation.SIGN_UP, this::signUp);
    }

    private HttpResponse signUp(HttpRequest request, Map<String, String> path) {
        Credentials body = Json.read(request, Credentials.class);
        return Responses.json(201, JsonViews.user(registerUser.register(
                new RegisterUserCommand(body.username(), body.password(), request.clientAddress()))), Responses.NO_STORE);
    }
}
