package com.photostore.server.wiring;

import com.photostore.adapters.common.http.ApiDocumentRoutes;
import com.photostore.adapters.common.http.ApiRoutes;
import com.photostore.adapters.common.http.PhotoRoutes;
import com.photostore.adapters.common.http.RouteTable;
import com.photostore.adapters.common.http.SessionRoutes;
import com.photostore.adapters.common.http.TokenRoutes;
import com.photostore.adapters.common.http.UploadRoutes;
import com.photostore.adapters.common.http.UserRoutes;
import com.photostore.adapters.common.logging.LoggedSecurityEvents;
import com.photostore.port.in.ExpirePendingUploadsUseCase;
import com.photostore.port.in.IngestUploadedObjectUseCase;
import com.photostore.port.out.UploadQueue;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import com.photostore.server.config.ObjectStoreOrigin;
import com.photostore.server.config.ServerOptions;
import com.photostore.server.http.StaticSite;
import com.photostore.server.http.SecurityEventMetrics;
import com.photostore.server.ingest.IngestMetrics;
import com.photostore.server.ingest.IngestPoller;
import com.photostore.server.ingest.Maintenance;
import com.photostore.server.ingest.Reconciliation;
import com.photostore.server.runtime.PhotostoreServer;
import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** What every profile's server is made of above the ports: the whole route table, metrics, ingest workers, upkeep, web app, HTTP. */
@Module
public final class ServerModule {

    private ServerModule() {
    }

    @Provides
    @Singleton
    static PrometheusMeterRegistry registry(LoggedSecurityEvents securityEvents) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        SecurityEventMetrics.bind(securityEvents, registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    @Provides
    @Singleton
    static IngestPoller poller(UploadQueue queue, IngestUploadedObjectUseCase ingest, PrometheusMeterRegistry registry) {
        return new IngestPoller(queue, ingest, new IngestMetrics(registry, queue));
    }

    @Provides
    @Singleton
    static Maintenance maintenance(Optional<Reconciliation> reconciliation, ExpirePendingUploadsUseCase expiry) {
        return new Maintenance(reconciliation, expiry);
    }

    @Provides
    @Singleton
    static StaticSite site(Environment environment, ObjectStoreOrigin origin) {
        return StaticSite.locate(environment.find("PHOTOSTORE_WEB_DIR"), origin.value());
    }

    @Provides
    @Singleton
    static RouteTable routes(UserRoutes users, SessionRoutes sessions, TokenRoutes tokens, UploadRoutes uploads,
                             PhotoRoutes photos, ApiDocumentRoutes document) {
        return ApiRoutes.table(List.of(users, sessions, tokens, uploads, photos, document));
    }

    @Provides
    @Singleton
    static PhotostoreServer server(ServerOptions options, RouteTable routes, Backends backends,
                                   PrometheusMeterRegistry registry, IngestPoller poller, Maintenance maintenance,
                                   StaticSite site) {
        return new PhotostoreServer(options, routes, backends, registry, poller, maintenance, site);
    }
}
