package com.photostore.adapters.local.minio;

import com.photostore.adapters.common.support.SigV4QuerySigner;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Presigned download URLs, remembered: callers round the signing time so a photo's links stay the same for a
 * while, and a page of photos asks for the same links again and again; the most recent ones are kept.
 */
final class DownloadUrls {
    static final int CAPACITY = 20_000;

    private final SigV4QuerySigner signer;
    private final String bucket;
    private final Map<Request, URI> recent = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Request, URI> eldest) {
            return size() > CAPACITY;
        }
    };

    /** One URL's inputs. */
    record Request(String key, Instant signedAt, Duration validFor, Optional<String> contentDisposition) {
    }

    DownloadUrls(SigV4QuerySigner signer, String bucket) {
        this.signer = signer;
        this.bucket = bucket;
    }

    URI get(Request request) {
        synchronized (recent) {
            URI known = recent.get(request);
            if (known != null) {
                return known;
            }
        }
        URI signed = signer.presignGet(bucket, request.key(), request.signedAt(), request.validFor(),
                request.contentDisposition());
        synchronized (recent) {
            recent.put(request, signed);
        }
        return signed;
    }
}
