package com.photostore.adapters.common.http;

import com.photostore.adapters.common.http.RequestBodies.PhotoChanges;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.DeletePhotoUseCase;
import com.photostore.port.in.GetPhotoUseCase;
import com.photostore.port.in.ListPhotosUseCase;
import com.photostore.port.in.ListTagsUseCase;
import com.photostore.port.in.UpdatePhotoCommand;
import com.photostore.port.in.UpdatePhotoUseCase;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The library routes: the listing, one photo (get, patch, delete) and the tag counts. */
public final class PhotoRoutes implements RouteGroup {
    /** The operations this group serves. */
    public static final Set<ApiOperation> OPERATIONS = Set.of(ApiOperation.LIST_PHOTOS, ApiOperation.GET_PHOTO,
            ApiOperation.UPDATE_PHOTO, ApiOperation.DELETE_PHOTO, ApiOperation.LIST_TAGS);

    private final ListPhotosUseCase listPhotos;
    private final GetPhotoUseCase getPhoto;
    private final UpdatePhotoUseCase updatePhoto;
    private final DeletePhotoUseCase deletePhoto;
    private final ListTagsUseCase listTags;
    private final BearerAuthenticator auth;

    public PhotoRoutes(ListPhotosUseCase listPhotos, GetPhotoUseCase getPhoto, UpdatePhotoUseCase updatePhoto,
                       DeletePhotoUseCase deletePhoto, ListTagsUseCase listTags, BearerAuthenticator auth) {
        this.listPhotos = Objects.requireNonNull(listPhotos, "listPhotos");
        this.getPhoto = Objects.requireNonNull(getPhoto, "getPhoto");
        this.updatePhoto = Objects.requireNonNull(updatePhoto, "updatePhoto");
        this.deletePhoto = Objects.requireNonNull(deletePhoto, "deletePhoto");
        this.listTags = Objects.requireNonNull(listTags, "listTags");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void bindTo(RouteTable table) {
        table.bind(ApiOperation.LIST_PHOTOS, this::list);
        table.bind(ApiOperation.GET_PHOTO, this::get);
        table.bind(ApiOperation.UPDATE_PHOTO, this::update);
        table.bind(ApiOperation.DELETE_PHOTO, this::delete);
        table.bind(ApiOperation.LIST_TAGS, this::tags);
    }

    private HttpResponse list(HttpRequest request, Map<String, String> path) {
        Principal principal = auth.principal(request);
        return Responses.conditionalJson(request, JsonViews.listing(
                listPhotos.list(principal, PhotoQueryParser.parse(request.query()))));
    }

    private HttpResponse get(HttpRequest request, Map<String, String> path) {
        Principal principal = auth.principal(request);
        return Responses.conditionalJson(request, JsonViews.photo(getPhoto.get(principal, photoId(path))));
    }

    private HttpResponse update(HttpRequest request, Map<String, String> path) {
        Principal principal = auth.principal(request);
        PhotoId id = photoId(path);
        PhotoChanges body = Json.read(request, PhotoChanges.class);
        UpdatePhotoCommand command = new UpdatePhotoCommand(id,
                RequestBodies.patch("title", body.title()),
                RequestBodies.patch("description", body.description()),
                RequestBodies.tagList("tags", body.tags()), body.addTags(), body.removeTags());
        return Responses.json(200, JsonViews.photo(updatePhoto.update(principal, command)),
                Responses.PRIVATE_NO_CACHE);
    }

    private HttpResponse delete(HttpRequest request, Map<String, String> path) {
        Principal principal = auth.principal(request);
        deletePhoto.delete(principal, photoId(path));
        return Responses.noContent();
    }

    private HttpResponse tags(HttpRequest request, Map<String, String> path) {
        return Responses.json(200, JsonViews.tags(listTags.list(auth.principal(request))), Responses.PRIVATE_NO_CACHE);
    }

    private static PhotoId photoId(Map<String, String> path) {
        return PhotoIdParser.parse(path.get(PhotoIdParser.FIELD));
    }
}
