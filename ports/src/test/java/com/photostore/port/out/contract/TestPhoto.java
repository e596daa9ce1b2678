package com.photostore.port.out.contract;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Exposure;
import com.photostore.domain.photo.FileName;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.Tags;
import com.photostore.domain.photo.TakenAt;
import com.photostore.domain.photo.Title;
import com.photostore.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/** A builder of photos for catalogue tests, with a fresh id and a fresh digest unless told otherwise. */
public final class TestPhoto {
    /** The instant test photos are uploaded at unless told otherwise. */
    public static final Instant BASE = Instant.parse("2024-03-01T12:00:00Z");

    private final UserId owner;
    private PhotoId id = Fresh.photoId();
    private String fileName = "photo.jpg";
    private ContentType type = ContentType.JPEG;
    private long size = 1000;
    private Instant uploadedAt = BASE;
    private Instant pendingUntil = BASE.plus(Duration.ofHours(1));
    private Instant takenAt;
    private Exposure exposure;
    private Tags tags = Tags.NONE;
    private Sha256 sha256 = Fresh.sha256();
    private Title title;

    private TestPhoto(UserId owner) {
        this.owner = owner;
    }

    /** A photo of the owner. */
    public static TestPhoto of(UserId owner) {
        return new TestPhoto(owner);
    }

    public TestPhoto id(PhotoId value) {
        this.id = value;
        return this;
    }

    public TestPhoto named(String value) {
        this.fileName = value;
        return this;
    }

    public TestPhoto type(ContentType value) {
        this.type = value;
        return this;
    }

    public TestPhoto size(long value) {
        this.size = value;
        return this;
    }

    public TestPhoto uploadedAt(Instant value) {
        this.uploadedAt = value;
        return this;
    }

    public TestPhoto pendingUntil(Instant value) {
        this.pendingUntil = value;
        return this;
    }

    /** When the photo was taken, or {@code null} when its file does not say. */
    /** How the file says the photo was exposed. */
    public TestPhoto exposure(Exposure value) {
        this.exposure = value;
        return this;
    }

    public TestPhoto takenAt(Instant value) {
        this.takenAt = value;
        return this;
    }

    public TestPhoto tags(String... values) {
        this.tags = Tags.of(Arrays.stream(values).map(v -> Tag.parse("tag", v)).toList());
        return this;
    }

    /** The digest the upload request declares and the file has; {@code null} declares none. */
    public TestPhoto sha256(Sha256 value) {
        this.sha256 = value;
        return this;
    }

    public TestPhoto title(String value) {
        this.title = new Title(value);
        return this;
    }

    public UserId owner() {
        return owner;
    }

    public PhotoId photoId() {
        return id;
    }

    /** The digest the file has: the declared one, or a fresh one when none was declared. */
    public Sha256 fileSha256() {
        return sha256 != null ? sha256 : Sha256.ofUtf8(id.value());
    }

    /** The photo as an upload request records it. */
    public Photo pending() {
        return Photo.pending(id, owner, FileName.sanitised(fileName), type, size, sha256, title, tags, uploadedAt,
                pendingUntil);
    }

    /** What inspecting the file finds. */
    public ImageMetadata metadata() {
        return new ImageMetadata(type, 800, 600, 1, takenAt == null ? null : TakenAt.of(takenAt, ZoneOffset.UTC),
                null, null, exposure);
    }
}
