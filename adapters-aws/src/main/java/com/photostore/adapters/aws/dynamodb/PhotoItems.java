package com.photostore.adapters.aws.dynamodb;

import static com.photostore.adapters.aws.dynamodb.PhotoTableSchema.PARTITION_KEY;
import static com.photostore.adapters.aws.dynamodb.PhotoTableSchema.SORT_KEY;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.Camera;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Description;
import com.photostore.domain.photo.Exposure;
import com.photostore.domain.photo.FileName;
import com.photostore.domain.photo.GeoLocation;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.Tags;
import com.photostore.domain.photo.TakenAt;
import com.photostore.domain.photo.Title;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Turns photos into the items of the photo table and back: the photo's own item and one item per tag. */
final class PhotoItems {
    static final String PHOTO_ID = "id";
    static final String STATUS = "status";
    static final String TAG = "tag";
    static final String VERSION = "version";
    static final String CONTENT_TYPE = "contentType";
    static final String TAGS = "tags";
    private static final String PENDING_SHARD = "PENDING";

    private PhotoItems() {
    }

    static Map<String, AttributeValue> key(UserId owner, String sortKey) {
        return Map.of(PARTITION_KEY, s(SortKeys.partition(owner)), SORT_KEY, s(sortKey));
    }

    /** The photo's own item: every field, its index keys, and while PENDING its deadline key. */
    static Map<String, AttributeValue> photoItem(Photo photo) {
        Map<String, AttributeValue> item = new HashMap<>(key(photo.owner(), SortKeys.photo(photo.id())));
        indexKeys(item, SortKeys.photoPrefix(photo.status()), photo);
        item.put(PHOTO_ID, s(photo.id().value()));
        item.put("owner", s(photo.owner().toString()));
        item.put(STATUS, s(photo.status().name()));
        item.put("fileName", s(photo.fileName().value()));
        item.put(CONTENT_TYPE, s(photo.contentType().mimeType()));
        item.put("size", n(photo.size()));
        putIfSet(item, "sha256", photo.sha256(), Sha256::hex);
        if (photo.image() != null) {
            item.put("image", AttributeValue.fromM(imageItem(photo.image())));
        }
        putIfSet(item, "title", photo.title(), Title::value);
        putIfSet(item, "description", photo.description(), Description::value);
        item.put(TAGS, tagList(photo));
        item.put("uploadedAt", s(photo.uploadedAt().toString()));
        putIfSet(item, "pendingUntil", photo.pendingUntil(), Instant::toString);
        putIfSet(item, "rejectionReason", photo.rejectionReason(), Function.identity());
        item.put(VERSION, n(photo.version()));
        if (photo.status() == PhotoStatus.PENDING) {
            item.put(PhotoTableSchema.PENDING_PARTITION, s(PENDING_SHARD));
            item.put(PhotoTableSchema.PENDING_SORT, s(SortKeys.pendingValue(photo)));
        }
        return item;
    }

    /** The item saying the photo carries a tag, with the index keys of the photo under that tag. */
    static Map<String, AttributeValue> tagItem(Photo photo, Tag tag) {
        Map<String, AttributeValue> item = new HashMap<>(key(photo.owner(), SortKeys.tagItem(tag, photo.id())));
        indexKeys(item, SortKeys.tagPrefix(tag, photo.status()), photo);
        item.put(PHOTO_ID, s(photo.id().value()));
        item.put(TAG, s(tag.value()));
        item.put(STATUS, s(photo.status().name()));
        item.put(CONTENT_TYPE, s(photo.contentType().mimeType()));
        item.put(TAGS, tagList(photo));
        return item;
    }

    static String pendingShard() {
        return PENDING_SHARD;
    }

    /** The photo an item of the photo table holds. */
    static Photo photo(Map<String, AttributeValue> item) {
        PhotoId id = new PhotoId(text(item, PHOTO_ID));
        UserId owner = UserId.parse(text(item, "owner"));
        Map<String, AttributeValue> image = item.containsKey("image") ? item.get("image").m() : null;
        return new Photo(id, owner, PhotoStatus.valueOf(text(item, STATUS)), new FileName(text(item, "fileName")),
                contentType(text(item, CONTENT_TYPE)), Long.parseLong(item.get("size").n()),
                optional(item, "sha256", Sha256::new), image == null ? null : image(image),
                optional(item, "title", Title::new), optional(item, "description", Description::new),
                new Tags(item.get(TAGS).l().stream().map(v -> new Tag(v.s())).toList()),
                PhotoObjectKeys.of(owner, id), Instant.parse(text(item, "uploadedAt")),
                optional(item, "pendingUntil", Instant::parse), optional(item, "rejectionReason", Function.identity()),
                Long.parseLong(item.get(VERSION).n()));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalStateException("a photo table item lacks its " + name);
        }
        return value.s();
    }

    private static AttributeValue tagList(Photo photo) {
        return AttributeValue.fromL(photo.tags().values().stream().map(t -> s(t.value())).toList());
    }

    private static void indexKeys(Map<String, AttributeValue> item, String prefix, Photo photo) {
        for (PhotoSort sort : PhotoSort.values()) {
            item.put(PhotoTableSchema.sortAttributeOf(sort), s(prefix + SortKeys.sortValue(sort, photo)));
        }
    }

    private static Map<String, AttributeValue> imageItem(ImageMetadata image) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("contentType", s(image.contentType().mimeType()));
        item.put("width", n(image.width()));
        item.put("height", n(image.height()));
        putIfSet(item, "orientation", image.orientation(), Object::toString);
        if (image.takenAt() != null) {
            item.put("takenLocal", s(image.takenAt().local().toString()));
            putIfSet(item, "takenOffset", image.takenAt().offset(), ZoneOffset::getId);
        }
        if (image.camera() != null) {
            putIfSet(item, "cameraMake", image.camera().make(), Function.identity());
            putIfSet(item, "cameraModel", image.camera().model(), Function.identity());
        }
        if (image.location() != null) {
            item.put("latitude", s(Double.toString(image.location().latitude())));
            item.put("longitude", s(Double.toString(image.location().longitude())));
        }
        Exposure exposure = image.exposure();
        if (exposure != null) {
            putIfSet(item, "lensModel", exposure.lens(), Function.identity());
            putIfSet(item, "fNumber", exposure.fNumber(), Object::toString);
            putIfSet(item, "exposureSeconds", exposure.exposureSeconds(), Object::toString);
            putIfSet(item, "iso", exposure.iso(), Object::toString);
            putIfSet(item, "focalLengthMm", exposure.focalLengthMm(), Object::toString);
        }
        return item;
    }

    private static ImageMetadata image(Map<String, AttributeValue> item) {
        TakenAt takenAt = item.containsKey("takenLocal")
                ? new TakenAt(LocalDateTime.parse(text(item, "takenLocal")), optional(item, "takenOffset", ZoneOffset::of))
                : null;
        Camera camera = item.containsKey("cameraMake") || item.containsKey("cameraModel")
                ? new Camera(optional(item, "cameraMake", Function.identity()),
                        optional(item, "cameraModel", Function.identity()))
                : null;
        GeoLocation location = item.containsKey("latitude")
                ? new GeoLocation(Double.parseDouble(text(item, "latitude")), Double.parseDouble(text(item, "longitude")))
                : null;
        Exposure exposure = new Exposure(optional(item, "lensModel", Function.identity()),
                optional(item, "fNumber", Double::valueOf), optional(item, "exposureSeconds", Double::valueOf),
                optional(item, "iso", Integer::valueOf), optional(item, "focalLengthMm", Double::valueOf));
        return new ImageMetadata(contentType(text(item, "contentType")), Integer.parseInt(item.get("width").n()),
                Integer.parseInt(item.get("height").n()), optional(item, "orientation", Integer::valueOf), takenAt,
                camera, location, exposure);
    }

    private static ContentType contentType(String mimeType) {
        return ContentType.fromMimeType(mimeType)
                .orElseThrow(() -> new IllegalStateException("a photo table item names an unknown content type"));
    }

    private static <T> void putIfSet(Map<String, AttributeValue> item, String name, T value,
                                     Function<T, String> toText) {
        if (value != null) {
            item.put(name, s(toText.apply(value)));
        }
    }

    private static <T> T optional(Map<String, AttributeValue> item, String name, Function<String, T> parse) {
        AttributeValue value = item.get(name);
        return value == null ? null : parse.apply(value.s());
    }
}
