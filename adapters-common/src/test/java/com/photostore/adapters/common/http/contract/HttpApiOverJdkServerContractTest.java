package com.photostore.adapters.common.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.adapters.common.http.ApiRoutes;
import com.photostore.adapters.common.http.HttpApi;
import com.photostore.adapters.common.imaging.ImageIoImageInspector;
import com.photostore.application.service.IngestUploadedObjectService;
import com.photostore.port.out.fake.Fakes;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;

/**
 * The HTTP contract against the API served by the JDK's HTTP server over the real services, the in-memory fakes
 * and the real image inspector; uploads go straight to the fake storage and are ingested at once.
 */
class HttpApiOverJdkServerContractTest extends HttpApiContractTest {
    private static final String ORIGIN = "https://app.photostore.test";

    private final Fakes fakes = new Fakes();
    private final IngestUploadedObjectService ingest = new IngestUploadedObjectService(fakes.catalog(),
            fakes.storage(), new ImageIoImageInspector(), fakes.settings(), fakes.securityEvents());
    private final JdkServedApi server = new JdkServedApi(
            new HttpApi(ApiRoutes.table(FakeBackedRoutes.over(fakes)), Set.of(ORIGIN)), this::catchUpClock);

    HttpApiOverJdkServerContractTest() {
        fakes.storage().onObjectCreated(ingest::ingest);
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Override
    protected URI baseUri() {
        return server.baseUri();
    }

    @Override
    protected String allowedOrigin() {
        return ORIGIN;
    }

    @Override
    protected void upload(JsonNode uploadTicket, String fileName, byte[] content, String contentType) {
        fakes.storage().acceptUpload(uploadForm(uploadTicket), content);
    }

    @Override
    protected boolean servesObjectUrls() {
        return false;
    }

    private void catchUpClock() {
        Instant now = Instant.now();
        if (now.isAfter(fakes.clock().now())) {
            fakes.clock().set(now);
        }
    }
}
