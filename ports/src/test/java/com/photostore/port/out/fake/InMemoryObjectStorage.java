package com.photostore.port.out.fake;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.Clock;
import com.photostore.port.out.ObjectInfo;
import com.photostore.port.out.ObjectMissingException;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.ObjectTooLargeException;
import com.photostore.port.out.UploadPolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A bucket in memory: it signs its own upload forms and accepts files posted with them
 * ({@link #acceptUpload}), reporting each as an S3-style {@link ObjectCreatedEvent} to its listeners.
 */
public final class InMemoryObjectStorage implements ObjectStorage {
    public static final String BUCKET = "photos";
    private static final String ENDPOINT = "https://storage.invalid/" + BUCKET;

    private final Clock clock;
    private final byte[] signingKey;
    private final TreeMap<String, StoredObject> objects = new TreeMap<>();
    private final List<Consumer<ObjectCreatedEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean reachable = true;
    private long sequencer;

    public InMemoryObjectStorage(Clock clock) {
        this(clock, "in-memory-object-storage-signing-key".getBytes(StandardCharsets.UTF_8));
    }

    public InMemoryObjectStorage(Clock clock, byte[] signingKey) {
        this.clock = clock;
        this.signingKey = signingKey.clone();
    }

    @Override
    public UploadForm presignUpload(UploadPolicy policy, Instant now) {
        return UploadFormPolicy.sign(policy, now, URI.create(ENDPOINT), signingKey);
    }

    /**
     * Stores a file posted with one of this store's forms, as the bucket would; fails with
     * {@link UploadRefusedException} when the form or the file breaks the form's policy.
     */
    public void acceptUpload(UploadForm form, byte[] content) {
        UploadFormPolicy policy = UploadFormPolicy.verify(form, content.length, clock.now(), signingKey);
        ObjectCreatedEvent event;
        synchronized (this) {
            StoredObject stored = store(policy.key(), content, policy.contentType(), policy.metadata(), null);
            event = new ObjectCreatedEvent(BUCKET, policy.key().value(), content.length, stored.md5(),
                    String.format("%016X", ++sequencer), stored.lastModified());
        }
        listeners.forEach(listener -> listener.accept(event));
    }

    /** Calls the listener with every object a form upload creates from now on. */
    public void onObjectCreated(Consumer<ObjectCreatedEvent> listener) {
        listeners.add(listener);
    }

    /** Writes an object directly, without an upload form and without an event. */
    public synchronized void put(ObjectKey key, byte[] content, String contentType, Map<String, String> metadata) {
        store(key, content, contentType, metadata, null);
    }

    @Override
    public URI presignDownload(ObjectKey key, Instant signedAt, Duration validFor, Optional<String> contentDisposition) {
        StringBuilder query = new StringBuilder()
                .append("X-Amz-Date=").append(signedAt.getEpochSecond())
                .append("&X-Amz-Expires=").append(validFor.toSeconds());
        contentDisposition.ifPresent(d -> query.append("&response-content-disposition=")
                .append(URLEncoder.encode(d, StandardCharsets.UTF_8)));
        String path = ENDPOINT + "/" + key.value();
        String signature = FormSignature.hmacHex(signingKey, path + "?" + query);
        return URI.create(path + "?" + query + "&X-Amz-Signature=" + signature);
    }

    @Override
    public synchronized Optional<ObjectInfo> head(ObjectKey key) {
        return Optional.ofNullable(objects.get(key.value())).map(o -> o.info(key));
    }

    @Override
    public synchronized byte[] readRange(ObjectKey key, long offset, int length) {
        byte[] content = existing(key).content();
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length >= 0");
        }
        int from = (int) Math.min(offset, content.length);
        return Arrays.copyOfRange(content, from, (int) Math.min((long) from + length, content.length));
    }

    @Override
    public synchronized byte[] readAll(ObjectKey key, long maxBytes) {
        byte[] content = existing(key).content();
        if (content.length > maxBytes) {
            throw new ObjectTooLargeException(content.length, maxBytes);
        }
        return content.clone();
    }

    @Override
    public synchronized void writeThumbnail(ObjectKey key, byte[] jpeg) {
        store(key, jpeg, "image/jpeg", Map.of(), IMMUTABLE_CACHE_CONTROL);
    }

    @Override
    public synchronized void writeOriginal(ObjectKey key, byte[] file, ContentType type) {
        store(key, file, type.mimeType(), Map.of(), IMMUTABLE_CACHE_CONTROL);
    }

    @Override
    public synchronized void delete(Collection<ObjectKey> keys) {
        keys.forEach(key -> objects.remove(key.value()));
    }

    @Override
    public synchronized List<ObjectInfo> list(String prefix, Optional<String> startAfter, int limit) {
        NavigableMap<String, StoredObject> tail = startAfter.isPresent() && startAfter.get().compareTo(prefix) >= 0
                ? objects.tailMap(startAfter.get(), false)
                : objects.tailMap(prefix, true);
        return tail.entrySet().stream()
                .takeWhile(e -> e.getKey().startsWith(prefix))
                .limit(limit)
                .map(e -> e.getValue().info(new ObjectKey(e.getKey())))
                .toList();
    }

    @Override
    public boolean isReachable() {
        return reachable;
    }

    /** Makes the store answer {@link #isReachable()} as a test needs. */
    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

    /** The {@code Cache-Control} an object was stored with, if any. */
    public synchronized Optional<String> cacheControl(ObjectKey key) {
        return Optional.ofNullable(objects.get(key.value())).map(StoredObject::cacheControl);
    }

    /** Every key stored, in order. */
    public synchronized List<String> keys() {
        return List.copyOf(objects.keySet());
    }

    private StoredObject existing(ObjectKey key) {
        StoredObject stored = objects.get(key.value());
        if (stored == null) {
            throw new ObjectMissingException(key.value());
        }
        return stored;
    }

    private StoredObject store(ObjectKey key, byte[] content, String contentType, Map<String, String> metadata,
                               String cacheControl) {
        StoredObject stored = new StoredObject(content.clone(), contentType, Map.copyOf(metadata), cacheControl,
                FormSignature.md5Hex(content), clock.now());
        objects.put(key.value(), stored);
        return stored;
    }

    private record StoredObject(byte[] content, String contentType, Map<String, String> metadata,
                                String cacheControl, String md5, Instant lastModified) {
        ObjectInfo info(ObjectKey key) {
            return new ObjectInfo(key, content.length, "\"" + md5 + "\"", contentType, metadata, lastModified);
        }
    }
}
