package com.photostore.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The Javalin server: the API under {@code /api/v1} through {@link ApiBridge}, {@code /health/live},
 * {@code /health/ready} and {@code /metrics} in Prometheus format (to operators only: {@link OperatorAccess}), and the
 * web app at {@code /}.
 */
public final class JavalinServer implements AutoCloseable {
    /** How long a stop waits for requests in flight. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final String API_PATH = "/api/v1/<path>";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(JavalinServer.class.getName());
    private static final HandlerType[] API_METHODS = {HandlerType.GET, HandlerType.POST, HandlerType.PUT,
        HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS};

    private final Javalin app;

    private JavalinServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening on {@code host:port} ({@code 0} for a free port). */
    public static JavalinServer start(String host, int port, ApiBridge api, HealthChecks health,
                                      PrometheusMeterRegistry metrics, StaticSite site, OperatorAccess operators) {
        Javalin app = Javalin.create(config -> configure(config, api, health, metrics, site, operators));
        app.start(host, port);
        return new JavalinServer(app);
    }

    private static void configure(JavalinConfig config, ApiBridge api, HealthChecks health,
                                  PrometheusMeterRegistry metrics, StaticSite site, OperatorAccess operators) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.generateEtags = false;
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            server.setStopAtShutdown(false);
        });
        config.jetty.modifyServletContextHandler(context -> context.insertHandler(new GracefulHandler()));
        for (HandlerType method : API_METHODS) {
            config.routes.addHttpHandler(method, API_PATH, api);
            config.routes.addHttpHandler(method, "/api/v1", api);
        }
        config.routes.get("/health/live", ctx -> json(ctx, 200, Map.of("status", "up")));
        config.routes.before("/health/ready", ctx -> refuseUnlessOperator(ctx, operators));
        config.routes.before("/metrics", ctx -> refuseUnlessOperator(ctx, operators));
        config.routes.get("/health/ready", ctx -> {
            HealthChecks.Report report = health.check();
            json(ctx, report.ready() ? 200 : 503, Map.of("status", report.ready() ? "up" : "down",
                    "backends", report.backends()));
        });
        config.routes.get("/metrics", ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
            ctx.result(metrics.scrape());
        });
        Map<String, String> headers = Map.of(
                "Content-Security-Policy", site.contentSecurityPolicy(),
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "X-Frame-Options", "DENY",
                "Cache-Control", "no-cache");
        if (site.directory().isPresent()) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = site.directory().get().toString();
                files.location = Location.EXTERNAL;
                files.headers = headers;
            });
        } else if (site.packaged()) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = site.classpathFolder();
                files.location = Location.CLASSPATH;
                files.headers = headers;
            });
        }
    }

    private static void refuseUnlessOperator(Context ctx, OperatorAccess operators) throws JsonProcessingException {
        if (!operators.allows(ctx.req().getRemoteAddr(), Optional.ofNullable(ctx.header("Authorization")))) {
            LOG.log(System.Logger.Level.WARNING, () -> "security: operator endpoint " + ctx.path()
                    + " refused to " + ctx.req().getRemoteAddr());
            json(ctx, 404, Map.of("status", 404, "title", "Not found"));
            ctx.skipRemainingHandlers();
        }
    }

    private static void json(Context ctx, int status, Object body) throws JsonProcessingException {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json");
        ctx.result(JSON.writeValueAsBytes(body));
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops accepting connections, lets requests in flight finish (up to {@link #STOP_TIMEOUT}) and stops. */
    @Override
    public void close() {
        app.stop();
    }
}
