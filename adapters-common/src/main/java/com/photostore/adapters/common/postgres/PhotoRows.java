package com.photostore.adapters.common.postgres;

import static com.photostore.adapters.common.postgres.schema.Tables.PHOTOS;

import com.photostore.adapters.common.postgres.schema.tables.records.PhotosRecord;
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
import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/** Converts between {@link Photo} and rows of the {@code photos} table. */
final class PhotoRows {

    private PhotoRows() {
    }

    /** A row writing every column of the photo (absent facts as nulls) except the generated time-line column. */
    static PhotosRecord toRecord(Photo photo) {
        PhotosRecord row = new PhotosRecord();
        row.setId(photo.id().value());
        row.setOwnerId(photo.owner().value());
        row.setStatus(photo.status().name());
        row.setFileName(photo.fileName().value());
        row.setNameKey(photo.fileName().sortKey());
        row.setContentType(photo.contentType().mimeType());
        row.setSize(photo.size());
        row.setSha256(photo.sha256() == null ? null : photo.sha256().hex());
        setImage(row, photo.image());
        row.setTitle(photo.title() == null ? null : photo.title().value());
        row.setDescription(photo.description() == null ? null : photo.description().value());
        row.setTags(tagArray(photo.tags()));
        row.setSearchText(photo.searchText());
        row.setUploadedAt(utc(photo.uploadedAt()));
        row.setPendingUntil(photo.pendingUntil() == null ? null : utc(photo.pendingUntil()));
        row.setRejectionReason(photo.rejectionReason());
        row.setVersion(photo.version());
        row.changed(true);
        row.changed(PHOTOS.TIMELINE_AT, false);
        return row;
    }

    private static void setImage(PhotosRecord row, ImageMetadata image) {
        if (image == null) {
            return;
        }
        row.setImageType(image.contentType().mimeType());
        row.setWidth(image.width());
        row.setHeight(image.height());
        row.setOrientation(image.orientation() == null ? null : image.orientation().shortValue());
        if (image.takenAt() != null) {
            row.setTakenAt(utc(image.takenAt().instant()));
            row.setTakenOffset(image.takenAt().offset() == null ? null : image.takenAt().offset().getTotalSeconds());
        }
        if (image.camera() != null) {
            row.setCameraMake(image.camera().make());
            row.setCameraModel(image.camera().model());
        }
        if (image.location() != null) {
            row.setLatitude(image.location().latitude());
            row.setLongitude(image.location().longitude());
        }
        Exposure exposure = image.exposure();
        if (exposure != null) {
            row.setLensModel(exposure.lens());
            row.setFNumber(exposure.fNumber());
            row.setExposureSeconds(exposure.exposureSeconds());
            row.setIso(exposure.iso());
            row.setFocalLengthMm(exposure.focalLengthMm());
        }
    }

    /** The photo a row holds. */
    static Photo toPhoto(PhotosRecord row) {
        PhotoId id = new PhotoId(row.getId());
        UserId owner = new UserId(row.getOwnerId());
        return new Photo(id, owner, PhotoStatus.valueOf(row.getStatus()), new FileName(row.getFileName()),
                contentType(row.getContentType()), row.getSize(),
                row.getSha256() == null ? null : new Sha256(row.getSha256()), image(row),
                row.getTitle() == null ? null : new Title(row.getTitle()),
                row.getDescription() == null ? null : new Description(row.getDescription()),
                new Tags(Arrays.stream(row.getTags()).map(Tag::new).toList()), PhotoObjectKeys.of(owner, id),
                row.getUploadedAt().toInstant(),
                row.getPendingUntil() == null ? null : row.getPendingUntil().toInstant(),
                row.getRejectionReason(), row.getVersion());
    }

    private static ImageMetadata image(PhotosRecord row) {
        if (row.getImageType() == null) {
            return null;
        }
        TakenAt takenAt = null;
        if (row.getTakenAt() != null) {
            ZoneOffset offset = row.getTakenOffset() == null ? null : ZoneOffset.ofTotalSeconds(row.getTakenOffset());
            Instant instant = row.getTakenAt().toInstant();
            takenAt = new TakenAt(LocalDateTime.ofInstant(instant, offset == null ? ZoneOffset.UTC : offset), offset);
        }
        Camera camera = row.getCameraMake() == null && row.getCameraModel() == null
                ? null : new Camera(row.getCameraMake(), row.getCameraModel());
        GeoLocation location = row.getLatitude() == null || row.getLongitude() == null
                ? null : new GeoLocation(row.getLatitude(), row.getLongitude());
        Exposure exposure = new Exposure(row.getLensModel(), row.getFNumber(), row.getExposureSeconds(), row.getIso(),
                row.getFocalLengthMm());
        return new ImageMetadata(contentType(row.getImageType()), row.getWidth(), row.getHeight(),
                row.getOrientation() == null ? null : row.getOrientation().intValue(), takenAt, camera, location,
                exposure);
    }

    private static ContentType contentType(String mimeType) {
        return ContentType.fromMimeType(mimeType)
                .orElseThrow(() -> new IllegalStateException("unknown content type in the catalogue"));
    }

    /** The tags as the array column stores them, in their canonical order. */
    static String[] tagArray(Tags tags) {
        return tags.strings().toArray(String[]::new);
    }

    /** An instant as a UTC timestamp with time zone. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
