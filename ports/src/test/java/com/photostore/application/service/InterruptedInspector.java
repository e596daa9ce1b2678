package com.photostore.application.service;

import com.photostore.domain.photo.ContentType;
import com.photostore.port.out.ImageAnalysis;
import com.photostore.port.out.ImageInspector;

import java.util.Optional;

/** An inspector that does something else (a user's request, a failure) while it analyses a file, then answers as its delegate. */
final class InterruptedInspector implements ImageInspector {
    private final ImageInspector delegate;
    private final Runnable duringAnalysis;

    InterruptedInspector(ImageInspector delegate, Runnable duringAnalysis) {
        this.delegate = delegate;
        this.duringAnalysis = duringAnalysis;
    }

    @Override
    public Optional<ContentType> sniff(byte[] head) {
        return delegate.sniff(head);
    }

    @Override
    public ImageAnalysis analyse(byte[] file) {
        duringAnalysis.run();
        return delegate.analyse(file);
    }
}
