package com.photostore.adapters.common.http;

import com.photostore.adapters.common.http.RequestBodies.Upload;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.RequestUploadCommand;
import com.photostore.port.in.RequestUploadUseCase;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The upload route ({@code POST /uploads}): a presigned form for one file of the caller's. */
public final class UploadRoutes implements RouteGroup {
    /** The operations this group serves. */
    public static final Set<ApiOperation> OPERATIONS = Set.of(ApiOperation.REQUEST_UPLOAD);

    private final RequestUploadUseCase requestUpload;
    private final BearerAuthenticator auth;

    public UploadRoutes(RequestUploadUseCase requestUpload, BearerAuthenticator auth) {
        this.requestUpload = Objects.requireNonNull(requestUpload, "requestUpload");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void bindTo(RouteTable table) {
        table.bind(ApiOperation.REQUEST_UPLOAD, this::requestUpload);
    }

    private HttpResponse requestUpload(HttpRequest request, Map<String, String> path) {
        Principal principal = auth.principal(request);
        Upload body = Json.read(request, Upload.class);
        return Responses.json(201, JsonViews.upload(requestUpload.request(principal, new RequestUploadCommand(
                body.fileName(), body.contentType(), body.size(), body.sha256(), body.title(), body.tags()))),
                Responses.NO_STORE);
    }
}
