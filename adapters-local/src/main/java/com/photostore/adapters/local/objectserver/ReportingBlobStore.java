package com.photostore.adapters.local.objectserver;

import com.photostore.domain.photo.ObjectCreatedEvent;
import java.io.InputStream;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** A blob store that reports each object it has stored, by put, copy or completed multipart upload, to a listener. */
final class ReportingBlobStore extends ForwardingBlobStore {
    private static final System.Logger LOG = System.getLogger(ReportingBlobStore.class.getName());
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final ObjectCreatedListener listener;
    private final Clock clock;
    private final AtomicLong sequence;

    ReportingBlobStore(BlobStore delegate, ObjectCreatedListener listener, Clock clock) {
        super(delegate);
        this.listener = listener;
        this.clock = clock;
        this.sequence = new AtomicLong(clock.millis() * NANOS_PER_MILLI);
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream input) {
        PutObjectResponse response = super.putBlob(request, input);
        report(request.bucket(), request.key());
        return response;
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        CopyObjectResponse response = super.copyBlob(request);
        report(request.destinationBucket(), request.destinationKey());
        return response;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload,
                                                                   CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
        report(request.bucket(), request.key());
        return response;
    }

    private void report(String bucket, String key) {
        HeadObjectResponse stored = delegate().blobMetadata(HeadObjectRequest.builder().bucket(bucket).key(key).build());
        long size = stored.contentLength() == null ? 0 : stored.contentLength();
        ObjectCreatedEvent event = new ObjectCreatedEvent(bucket, key, size, unquoted(stored.eTag()),
                String.format("%016X", sequence.incrementAndGet()), clock.instant());
        try {
            listener.objectCreated(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the listener failed on the event for " + key, e);
        }
    }

    private static String unquoted(String eTag) {
        return eTag == null ? null : eTag.replace("\"", "");
    }
}
