package com.photostore.server.wiring;

import com.photostore.adapters.local.support.LoopbackPort;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import com.photostore.server.config.ServerOptions;
import com.photostore.server.runtime.PhotostoreServer;
import java.util.Locale;
import java.util.Map;

/** Builds the component of the chosen profile ({@code PHOTOSTORE_PROFILE}: {@code local} or {@code aws}) and starts its server. */
public final class ServerLauncher {
    /** The variable that chooses the profile. */
    public static final String PROFILE_VARIABLE = "PHOTOSTORE_PROFILE";

    private ServerLauncher() {
    }

    /** Starts a server configured by these environment variables; {@code PORT=0} picks a free port. */
    public static PhotostoreServer launch(Map<String, String> variables) {
        Environment environment = new Environment(variables);
        ServerOptions requested = ServerOptions.fromEnvironment(variables);
        ServerOptions options = requested.port() != 0 ? requested : requested.withPort(LoopbackPort.free());
        String profile = environment.find(PROFILE_VARIABLE).orElse("local").toLowerCase(Locale.ROOT);
        Backends backends = new Backends();
        try {
            ServerComponent component = switch (profile) {
                case "local" -> DaggerLocalServerComponent.factory().create(environment, options, backends);
                case "aws" -> DaggerAwsServerComponent.factory().create(environment, options, backends);
                default -> throw new IllegalArgumentException(PROFILE_VARIABLE + " is local or aws, not " + profile);
            };
            return component.server().start();
        } catch (RuntimeException e) {
            backends.close();
            throw e;
        }
    }
}
