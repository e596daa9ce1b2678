package com.photostore.adapters.common.http;

import com.photostore.adapters.common.http.RequestBodies.PhotoChanges;
import com.photostore.adapters.common.http.RequestBodies.Upload;
import com.photostore.domain.query.PhotoQueryParser;
import com.photostore.port.in.RequestUploadCommand;
import com.photostore.port.in.UpdatePhotoCommand;

/** The photo routes: upload requests, listing, one photo (get, patch, delete) and the tag counts. */
final class PhotoRoutes {
    private final ApiUseCases useCases;
    private final AuthRoutes auth;

    PhotoRoutes(ApiUseCases useCases, AuthRoutes auth) {
        this.useCases = useCases;
        this.auth = auth;
    }

    void addTo(RouteTable table, String prefix) {
        table.add("POST", prefix + "/uploads", (request, path) -> {
            var principal = auth.principal(request);
            Upload body = Json.read(request, Upload.class);
            return Responses.json(201, JsonViews.upload(useCases.requestUpload().request(principal,
                    new RequestUploadCommand(body.fileName(), body.contentType(), body.size(), body.sha256(),
                            body.title(), body.tags()))), Responses.NO_STORE);
        });
        table.add("GET", prefix + "/photos", (request, path) -> {
            var principal = auth.principal(request);
            return Responses.conditionalJson(request, JsonViews.listing(
                    useCases.listPhotos().list(principal, PhotoQueryParser.parse(request.query()))));
        });
        table.add("GET", prefix + "/photos/{id}", (request, path) -> {
            var principal = auth.principal(request);
            return Responses.conditionalJson(request, JsonViews.photo(useCases.getPhoto().get(principal, path.get("id"))));
        });
        table.add("PATCH", prefix + "/photos/{id}", (request, path) -> {
            var principal = auth.principal(request);
            PhotoChanges body = Json.read(request, PhotoChanges.class);
            UpdatePhotoCommand command = new UpdatePhotoCommand(path.get("id"),
                    RequestBodies.patch("title", body.title()),
                    RequestBodies.patch("description", body.description()),
                    RequestBodies.tagList("tags", body.tags()), body.addTags(), body.removeTags());
            return Responses.json(200, JsonViews.photo(useCases.updatePhoto().update(principal, command)),
                    Responses.PRIVATE_NO_CACHE);
        });
        table.add("DELETE", prefix + "/photos/{id}", (request, path) -> {
            useCases.deletePhoto().delete(auth.principal(request), path.get("id"));
            return Responses.noContent();
        });
        table.add("GET", prefix + "/tags", (request, path) -> Responses.json(200,
                JsonViews.tags(useCases.listTags().list(auth.principal(request))), Responses.PRIVATE_NO_CACHE));
    }
}
