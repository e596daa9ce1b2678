package com.photostore.application.service;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.TagCount;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.CreateOutcome;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.TransitionOutcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A catalogue that lets another writer save an edit of its own just before some of the edits it is asked to save. */
final class InterferingCatalog implements PhotoCatalog {
    private final PhotoCatalog delegate;
    private final Runnable otherWriter;
    private int interferencesLeft;
    private int saveAttempts;

    InterferingCatalog(PhotoCatalog delegate, int interferences, Runnable otherWriter) {
        this.delegate = delegate;
        this.interferencesLeft = interferences;
        this.otherWriter = otherWriter;
    }

    /** How many edits this catalogue was asked to save. */
    int saveAttempts() {
        return saveAttempts;
    }

    @Override
    public boolean saveEdit(Photo edited) {
        saveAttempts++;
        if (interferencesLeft > 0) {
            interferencesLeft--;
            otherWriter.run();
        }
        return delegate.saveEdit(edited);
    }

    @Override
    public CreateOutcome createPending(Photo photo) {
        return delegate.createPending(photo);
    }

    @Override
    public Optional<Photo> find(UserId owner, PhotoId id) {
        return delegate.find(owner, id);
    }

    @Override
    public TransitionOutcome markReady(UserId owner, PhotoId id, ImageMetadata metadata, long size, Sha256 sha256) {
        return delegate.markReady(owner, id, metadata, size, sha256);
    }

    @Override
    public TransitionOutcome markRejected(UserId owner, PhotoId id, String reason) {
        return delegate.markRejected(owner, id, reason);
    }

    @Override
    public Optional<Photo> delete(UserId owner, PhotoId id) {
        return delegate.delete(owner, id);
    }

    @Override
    public CatalogPage list(CatalogQuery query) {
        return delegate.list(query);
    }

    @Override
    public List<TagCount> tagCounts(UserId owner) {
        return delegate.tagCounts(owner);
    }

    @Override
    public List<Photo> expiredPending(Instant now, int limit) {
        return delegate.expiredPending(now, limit);
    }
}
