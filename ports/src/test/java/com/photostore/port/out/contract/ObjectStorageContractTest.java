package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.ObjectInfo;
import com.photostore.port.out.ObjectMissingException;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.ObjectTooLargeException;
import com.photostore.port.out.UploadPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ObjectStorage} does: presigned upload forms that really upload under their policy,
 * ranged and bounded reads, thumbnails, deletes that ignore missing keys, ordered listings and repeatable
 * download URLs, each test under a fresh key prefix, so the bucket may be shared.
 */
public abstract class ObjectStorageContractTest {
    private static final byte[] HUNDRED_BYTES = hundredBytes();

    private ObjectStorage storage;
    private String prefix;

    /** The storage under test; called once before each test. */
    protected abstract ObjectStorage storage();

    /** Posts the form with the file as a browser would; fails (throws) when the store refuses it. */
    protected abstract void upload(UploadForm form, String fileName, byte[] content, String contentType);

    @BeforeEach
    void setUpStorage() {
        storage = storage();
        prefix = Fresh.name("contract/") + "/";
    }

    @Test
    void anUploadFormCarriesFieldsAndExpiresAfterItsValidity() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UploadPolicy policy = policy(key("original"), 1, 1000, Map.of("file-name", "a.jpg"));

        UploadForm form = storage.presignUpload(policy, now);

        assertThat(form.url()).isNotNull();
        assertThat(form.fields()).isNotEmpty();
        assertThat(form.expiresAt()).isEqualTo(now.plus(policy.validFor()));
    }

    @Test
    void aFilePostedWithTheFormIsStoredWithItsTypeAndMetadata() {
        ObjectKey key = key("original");
        byte[] content = "a small file that stands in for a photo".getBytes(StandardCharsets.UTF_8);
        Map<String, String> metadata = Map.of("file-name", "Holiday.jpg", "tags", "beach,sea");
        UploadForm form = storage.presignUpload(policy(key, 1, 1000, metadata), Instant.now());

        upload(form, "Holiday.jpg", content, ContentType.JPEG.mimeType());

        ObjectInfo info = storage.head(key).orElseThrow();
        assertThat(info.size()).isEqualTo(content.length);
        assertThat(info.contentType()).isEqualTo(ContentType.JPEG.mimeType());
        assertThat(info.metadata()).containsAllEntriesOf(metadata);
        assertThat(storage.readAll(key, 1000)).isEqualTo(content);
    }

    @Test
    void aFileOutsideThePolicysSizeRangeIsRefused() {
        ObjectKey key = key("original");
        UploadForm form = storage.presignUpload(policy(key, 10, 20, Map.of()), Instant.now());

        catchThrowable(() -> upload(form, "big.jpg", new byte[21], ContentType.JPEG.mimeType()));
        catchThrowable(() -> upload(form, "small.jpg", new byte[9], ContentType.JPEG.mimeType()));

        assertThat(storage.head(key)).isEmpty();
    }

    @Test
    void headDescribesAnObjectOrNothing() {
        ObjectKey key = key("thumb.jpg");
        storage.writeThumbnail(key, HUNDRED_BYTES);

        ObjectInfo info = storage.head(key).orElseThrow();

        assertThat(info.key()).isEqualTo(key);
        assertThat(info.size()).isEqualTo(100);
        assertThat(info.eTag()).isNotBlank();
        assertThat(info.contentType()).isEqualTo("image/jpeg");
        assertThat(info.lastModified()).isNotNull();
        assertThat(storage.head(key("missing"))).isEmpty();
    }

    @Test
    void readRangeReadsUpToLengthBytesFromTheOffset() {
        ObjectKey key = key("thumb.jpg");
        storage.writeThumbnail(key, HUNDRED_BYTES);

        assertThat(storage.readRange(key, 10, 20)).isEqualTo(slice(10, 30));
        assertThat(storage.readRange(key, 0, 100)).isEqualTo(HUNDRED_BYTES);
        assertThat(storage.readRange(key, 90, 20)).isEqualTo(slice(90, 100));
        assertThat(storage.readRange(key, 100, 10)).isEmpty();
        assertThatThrownBy(() -> storage.readRange(key("missing"), 0, 10)).isInstanceOf(ObjectMissingException.class);
    }

    @Test
    void readAllReadsAnObjectUpToTheLimit() {
        ObjectKey key = key("thumb.jpg");
        storage.writeThumbnail(key, HUNDRED_BYTES);

        assertThat(storage.readAll(key, 100)).isEqualTo(HUNDRED_BYTES);
        assertThatThrownBy(() -> storage.readAll(key, 99)).isInstanceOfSatisfying(ObjectTooLargeException.class,
                e -> assertThat(e.size()).isEqualTo(100));
        assertThatThrownBy(() -> storage.readAll(key("missing"), 100)).isInstanceOf(ObjectMissingException.class);
    }

    @Test
    void writeThumbnailStoresAJpegAndReplacesAnOlderOne() {
        ObjectKey key = key("thumb.jpg");
        storage.writeThumbnail(key, slice(0, 10));

        storage.writeThumbnail(key, HUNDRED_BYTES);

        assertThat(storage.readAll(key, 1000)).isEqualTo(HUNDRED_BYTES);
        assertThat(storage.head(key).orElseThrow().contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void writeOriginalStoresTheBytesWithTheirTypeAndTheETagOfThePostedFile() {
        ObjectKey posted = key("posted");
        ObjectKey original = key("original");
        byte[] content = "the bytes ingest verified".getBytes(StandardCharsets.UTF_8);
        upload(storage.presignUpload(policy(posted, 1, 1000, Map.of()), Instant.now()), "a.webp", content,
                ContentType.WEBP.mimeType());

        storage.writeOriginal(original, content, ContentType.WEBP);

        ObjectInfo written = storage.head(original).orElseThrow();
        assertThat(storage.readAll(original, 1000)).isEqualTo(content);
        assertThat(written.contentType()).isEqualTo(ContentType.WEBP.mimeType());
        assertThat(written.eTag().replace("\"", ""))
                .isEqualTo(storage.head(posted).orElseThrow().eTag().replace("\"", ""));
    }

    @Test
    void deleteRemovesObjectsAndIgnoresMissingKeys() {
        ObjectKey gone = key("a");
        ObjectKey kept = key("b");
        storage.writeThumbnail(gone, HUNDRED_BYTES);
        storage.writeThumbnail(kept, HUNDRED_BYTES);

        storage.delete(List.of(gone, key("never-written")));
        storage.delete(List.of());

        assertThat(storage.head(gone)).isEmpty();
        assertThat(storage.head(kept)).isPresent();
    }

    @Test
    void listReturnsKeysUnderAPrefixInOrderAfterAKey() {
        for (String name : List.of("p/b", "p/_", "p/B", "p/a", "p/c", "q/a")) {
            storage.writeThumbnail(key(name), slice(0, name.length()));
        }

        assertThat(names(storage.list(prefix + "p/", Optional.empty(), 10))).containsExactly("p/B", "p/_", "p/a", "p/b", "p/c");
        assertThat(names(storage.list(prefix + "p/", Optional.empty(), 2))).containsExactly("p/B", "p/_");
        assertThat(names(storage.list(prefix + "p/", Optional.of(prefix + "p/_"), 2))).containsExactly("p/a", "p/b");
        assertThat(names(storage.list(prefix + "p/", Optional.of(prefix + "p/c"), 10))).isEmpty();
        assertThat(storage.list(prefix + "q/", Optional.empty(), 10)).singleElement()
                .satisfies(info -> assertThat(info.size()).isEqualTo(3));
        assertThat(storage.list(prefix + "none/", Optional.empty(), 10)).isEmpty();
    }

    @Test
    void downloadUrlsAreTheSameForTheSameInputsOnly() {
        ObjectKey key = key("original");
        Instant signedAt = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Duration validFor = Duration.ofHours(2);
        Optional<String> disposition = Optional.of("attachment; filename=\"a.jpg\"");

        URI url = storage.presignDownload(key, signedAt, validFor, disposition);

        assertThat(storage.presignDownload(key, signedAt, validFor, disposition)).isEqualTo(url);
        assertThat(storage.presignDownload(key, signedAt.plusSeconds(60), validFor, disposition)).isNotEqualTo(url);
        assertThat(storage.presignDownload(key, signedAt, validFor, Optional.empty())).isNotEqualTo(url);
        assertThat(storage.presignDownload(key("other"), signedAt, validFor, disposition)).isNotEqualTo(url);
    }

    @Test
    void aWorkingStoreIsReachable() {
        assertThat(storage.isReachable()).isTrue();
    }

    private ObjectKey key(String name) {
        return new ObjectKey(prefix + name);
    }

    private List<String> names(List<ObjectInfo> infos) {
        return infos.stream().map(info -> info.key().value().substring(prefix.length())).toList();
    }

    private static UploadPolicy policy(ObjectKey key, long min, long max, Map<String, String> metadata) {
        return new UploadPolicy(key, ContentType.JPEG, min, max, Duration.ofMinutes(5), metadata);
    }

    private static byte[] slice(int from, int to) {
        return Arrays.copyOfRange(HUNDRED_BYTES, from, to);
    }

    private static byte[] hundredBytes() {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
