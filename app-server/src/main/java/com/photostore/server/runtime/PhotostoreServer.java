package com.photostore.server.runtime;

import com.photostore.adapters.common.http.HttpApi;
import com.photostore.adapters.common.http.RouteTable;
import com.photostore.wiring.Backends;
import com.photostore.server.config.ServerOptions;
import com.photostore.server.http.ApiBridge;
import com.photostore.server.http.HealthChecks;
import com.photostore.server.http.JavalinServer;
import com.photostore.server.http.OperatorAccess;
import com.photostore.server.http.RequestMetrics;
import com.photostore.server.http.StaticSite;
import com.photostore.server.ingest.IngestPoller;
import com.photostore.server.ingest.Maintenance;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Photostore: the HTTP server, the ingest workers and the background upkeep over started backends.
 * {@link #close()} stops them in order: stop taking work, finish requests and ingest in flight, then the backends.
 */
public final class PhotostoreServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PhotostoreServer.class);
    private static final Duration INGEST_STOP = Duration.ofSeconds(30);

    private final ServerOptions options;
    private final RouteTable routes;
    private final Backends backends;
    private final PrometheusMeterRegistry registry;
    private final IngestPoller poller;
    private final Maintenance maintenance;
    private final StaticSite site;
    private final HealthChecks health;
    private JavalinServer http;

    public PhotostoreServer(ServerOptions options, RouteTable routes, Backends backends,
                            PrometheusMeterRegistry registry, IngestPoller poller, Maintenance maintenance,
                            StaticSite site) {
        this.options = options;
        this.routes = routes;
        this.backends = backends;
        this.registry = registry;
        this.poller = poller;
        this.maintenance = maintenance;
        this.site = site;
        this.health = new HealthChecks(backends);
    }

    /** Starts serving and ingesting; on failure everything started is stopped again. */
    public PhotostoreServer start() {
        try {
            HttpApi api = new HttpApi(routes, options.allowedOrigins(options.port()));
            http = JavalinServer.start(options.host(), options.port(),
                    new ApiBridge(api, routes, new RequestMetrics(registry)), health, registry, site,
                    OperatorAccess.of(options.host(), options.operatorToken()));
            poller.start(options.ingestWorkers());
            maintenance.start();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Where browsers open the web app. */
    public String publicUrl() {
        String host = options.publicHost().equals(ServerOptions.DEFAULT_HOST) ? "localhost" : options.publicHost();
        return "http://" + host + ":" + port() + "/";
    }

    /** The port the HTTP server listens on. */
    public int port() {
        return http.port();
    }

    @Override
    public synchronized void close() {
        LOG.info("stopping: finishing requests and ingest in flight");
        health.stopAccepting();
        long started = System.nanoTime();
        if (http != null) {
            http.close();
            http = null;
        }
        LOG.debug("HTTP stopped after {} ms", (System.nanoTime() - started) / 1_000_000);
        poller.stop(INGEST_STOP);
        LOG.debug("ingest stopped after {} ms", (System.nanoTime() - started) / 1_000_000);
        maintenance.stop(Duration.ofSeconds(10));
        LOG.debug("upkeep stopped after {} ms", (System.nanoTime() - started) / 1_000_000);
        health.close();
        backends.close();
        registry.close();
        LOG.info("stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
