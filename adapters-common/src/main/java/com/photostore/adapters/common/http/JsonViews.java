package com.photostore.adapters.common.http;

import com.photostore.domain.photo.Camera;
import com.photostore.domain.photo.Exposure;
import com.photostore.domain.photo.GeoLocation;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.TagCount;
import com.photostore.port.in.PhotoListing;
import com.photostore.port.in.PhotoUrls;
import com.photostore.port.in.PhotoView;
import com.photostore.port.in.RegisteredUser;
import com.photostore.port.in.SessionTokens;
import com.photostore.port.in.UploadTicket;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The response bodies of the API in the exact shapes of the JSON contract (absent values {@code null}). */
final class JsonViews {
    private JsonViews() {
    }

    static Map<String, Object> user(RegisteredUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.id().value().toString());
        body.put("username", user.username().value());
        body.put("createdAt", time(user.createdAt()));
        return body;
    }

    static Map<String, Object> session(SessionTokens tokens) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accessToken", tokens.accessToken());
        body.put("tokenType", "Bearer");
        body.put("expiresIn", tokens.accessExpiresIn().toSeconds());
        body.put("refreshToken", tokens.refreshToken());
        body.put("refreshExpiresIn", tokens.refreshExpiresIn().toSeconds());
        tokens.deviceToken().ifPresent(device -> body.put("deviceToken", device));
        return body;
    }

    static Map<String, Object> upload(UploadTicket ticket) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("url", ticket.form().url().toString());
        form.put("method", "POST");
        form.put("fields", ticket.form().fields());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("photoId", ticket.photoId().value());
        body.put("upload", form);
        body.put("expiresAt", time(ticket.form().expiresAt()));
        return body;
    }

    static Map<String, Object> listing(PhotoListing listing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", listing.items().stream().map(JsonViews::photo).toList());
        body.put("nextCursor", listing.nextCursor().orElse(null));
        return body;
    }

    static Map<String, Object> tags(List<TagCount> counts) {
        return Map.of("items", counts.stream()
                .map(count -> Map.<String, Object>of("tag", count.tag().value(), "count", count.count())).toList());
    }

    static Map<String, Object> photo(PhotoView view) {
        Photo photo = view.photo();
        ImageMetadata image = photo.image();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", photo.id().value());
        body.put("status", photo.status().apiName());
        body.put("fileName", photo.fileName().value());
        body.put("contentType", photo.contentType().mimeType());
        body.put("size", photo.size());
        body.put("width", image == null ? null : image.displayWidth());
        body.put("height", image == null ? null : image.displayHeight());
        body.put("orientation", image == null ? null : image.orientation());
        body.put("takenAt", image == null || image.takenAt() == null ? null : time(image.takenAt().instant()));
        body.put("uploadedAt", time(photo.uploadedAt()));
        body.put("camera", image == null ? null : camera(image.camera()));
        body.put("location", image == null ? null : location(image.location()));
        body.put("exposure", image == null ? null : exposure(image.exposure()));
        body.put("title", photo.title() == null ? null : photo.title().value());
        body.put("description", photo.description() == null ? null : photo.description().value());
        body.put("tags", photo.tags().strings());
        body.put("urls", view.urls().map(JsonViews::urls).orElse(null));
        body.put("rejectionReason", photo.rejectionReason());
        return body;
    }

    private static Map<String, Object> camera(Camera camera) {
        if (camera == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("make", camera.make());
        body.put("model", camera.model());
        return body;
    }

    private static Map<String, Object> exposure(Exposure exposure) {
        if (exposure == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lens", exposure.lens());
        body.put("fNumber", exposure.fNumber());
        body.put("exposureTime", exposure.exposureSeconds());
        body.put("iso", exposure.iso());
        body.put("focalLength", exposure.focalLengthMm());
        return body;
    }

    private static Map<String, Object> location(GeoLocation location) {
        return location == null ? null : Map.of("latitude", location.latitude(), "longitude", location.longitude());
    }

    private static Map<String, Object> urls(PhotoUrls urls) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("thumbnail", urls.thumbnail().toString());
        body.put("preview", urls.preview().toString());
        body.put("original", urls.original().toString());
        return body;
    }

    private static String time(Instant instant) {
        return instant.toString();
    }
}
