package com.photostore.application.service;

import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.port.in.PhotoUrls;
import com.photostore.port.in.PhotoView;
import com.photostore.port.out.Clock;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.Settings;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Shows photos to their owner with presigned links when READY; links are signed as at the start of the
 * current time window and valid for two windows, so they stay identical, and cacheable, within a window.
 */
final class PhotoViews {
    private final ObjectStorage storage;
    private final Clock clock;
    private final ServiceSettings settings;

    PhotoViews(ObjectStorage storage, Clock clock, Settings settings) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = new ServiceSettings(settings);
    }

    /** The photo with its links, which only a READY photo has. */
    PhotoView view(Photo photo) {
        if (photo.status() != PhotoStatus.READY) {
            return new PhotoView(photo, Optional.empty());
        }
        Duration window = settings.urlWindow();
        Instant signedAt = windowStart(clock.now(), window);
        Duration validFor = window.multipliedBy(2);
        PhotoObjectKeys keys = photo.keys();
        PhotoUrls urls = new PhotoUrls(
                storage.presignDownload(keys.thumbnail(), signedAt, validFor, Optional.empty()),
                storage.presignDownload(keys.preview(), signedAt, validFor, Optional.empty()),
                storage.presignDownload(keys.original(), signedAt, validFor,
                        Optional.of(photo.fileName().contentDisposition(false))));
        return new PhotoView(photo, Optional.of(urls));
    }

    static Instant windowStart(Instant now, Duration window) {
        long windowMillis = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
    }
}
