package com.photostore.application.service;

import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.photo.FileName;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoQuery;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.query.TimeRange;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.PhotoListing;
import com.photostore.port.in.PhotoUrls;
import com.photostore.port.in.PhotoView;
import com.photostore.port.in.UploadTicket;
import com.photostore.port.out.SecretName;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class ListPhotosServiceTest {
    private final ServiceHarness harness = new ServiceHarness();
    private final Principal alice = harness.newUser("alice");

    @Test
    void listsTheCallersReadyPhotosNewestFirstWithLinks() {
        List<PhotoId> ready = readyPhotos(alice, 3);
        harness.requestUpload.request(alice, ServiceHarness.uploadOf("pending.jpg", ServiceHarness.jpeg("p"), null));
        harness.upload(alice, "text.jpg", "not an image".getBytes(StandardCharsets.UTF_8), List.of());
        readyPhotos(harness.newUser("bob"), 2);

        PhotoListing listing = harness.listPhotos.list(alice, PhotoQuery.firstPage());

        assertThat(listing.items()).extracting(view -> view.photo().id()).containsExactlyElementsOf(newestFirst(ready));
        assertThat(listing.items()).allSatisfy(view -> assertThat(view.urls()).isPresent());
        assertThat(listing.nextCursor()).isEmpty();
    }

    @Test
    void listsPendingPhotosWithoutLinksWhenAsked() {
        UploadTicket pending = harness.requestUpload.request(alice,
                ServiceHarness.uploadOf("pending.jpg", ServiceHarness.jpeg("p"), null));
        readyPhotos(alice, 1);

        PhotoListing listing = harness.listPhotos.list(alice, query(PhotoStatus.PENDING, PhotoSort.UPLOADED_AT, 10));

        assertThat(listing.items()).singleElement().satisfies(view -> {
            assertThat(view.photo().id()).isEqualTo(pending.photoId());
            assertThat(view.urls()).isEmpty();
        });
    }

    @Test
    void pagesThroughEveryPhotoOnceWithUrlSafeCursors() {
        List<PhotoId> ready = readyPhotos(alice, 5);
        List<PhotoId> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            PhotoQuery first = PhotoQuery.firstPage();
            PhotoQuery twoPerPage = new PhotoQuery(first.sort(), first.order(), first.filter(), 2, Optional.empty());
            PhotoListing page = harness.listPhotos.list(alice,
                    cursor.map(twoPerPage::after).orElse(twoPerPage));
            page.items().forEach(view -> seen.add(view.photo().id()));
            cursor = page.nextCursor();
            cursor.ifPresent(c -> assertThat(c).matches("[A-Za-z0-9_.-]+"));
            pages++;
        } while (cursor.isPresent());

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(newestFirst(ready));
    }

    @Test
    void linksStayTheSameWithinATimeWindow() {
        readyPhotos(alice, 1);
        harness.fakes.clock().advance(Duration.ofMinutes(10));
        PhotoUrls first = onlyUrls();

        harness.fakes.clock().advance(Duration.ofMinutes(45));
        assertThat(onlyUrls()).isEqualTo(first);

        harness.fakes.clock().advance(Duration.ofMinutes(5));
        PhotoUrls next = onlyUrls();
        assertThat(next.thumbnail()).isNotEqualTo(first.thumbnail());
        assertThat(next.thumbnail().getQuery()).contains("X-Amz-Expires=" + Duration.ofHours(2).toSeconds());
    }

    @Test
    void takesTheLinkWindowFromSettings() {
        harness.fakes.settings().set(SettingNames.URL_SIGNING_WINDOW, "PT10M");
        readyPhotos(alice, 1);
        PhotoUrls first = onlyUrls();

        harness.fakes.clock().advance(Duration.ofMinutes(10));

        assertThat(onlyUrls().preview()).isNotEqualTo(first.preview());
        assertThat(first.preview().getQuery()).contains("X-Amz-Expires=" + Duration.ofMinutes(20).toSeconds());
    }

    @Test
    void theOriginalsLinkDownloadsUnderItsFileName() {
        harness.readyPhoto(alice, "Été à Paris.jpg");

        PhotoUrls urls = onlyUrls();

        String disposition = FileName.sanitised("Été à Paris.jpg").contentDisposition(false);
        assertThat(disposition).startsWith("attachment;");
        assertThat(URLDecoder.decode(urls.original().getRawQuery(), StandardCharsets.UTF_8))
                .contains("response-content-disposition=" + disposition);
        assertThat(urls.thumbnail().getQuery()).doesNotContain("response-content-disposition");
    }

    @Test
    void refusesATamperedCursor() {
        String cursor = firstCursor(alice, PhotoQuery.firstPage());
        int middle = cursor.length() / 2;
        String tampered = cursor.substring(0, middle) + (cursor.charAt(middle) == 'x' ? 'y' : 'x')
                + cursor.substring(middle + 1);

        assertInvalidCursor(alice, PhotoQuery.firstPage().after(tampered));
        assertInvalidCursor(alice, PhotoQuery.firstPage().after(cursor.substring(0, cursor.length() - 1)));
        assertInvalidCursor(alice, PhotoQuery.firstPage().after("not-a-cursor"));
    }

    @Test
    void refusesACursorIssuedToAnotherUser() {
        Principal bob = harness.newUser("bob");
        String bobsCursor = firstCursor(bob, PhotoQuery.firstPage());
        readyPhotos(alice, 3);

        assertInvalidCursor(alice, PhotoQuery.firstPage().after(bobsCursor));
    }

    @Test
    void refusesACursorIssuedForAnotherQueryButNotForAnotherPageSize() {
        PhotoQuery byUpload = query(PhotoStatus.READY, PhotoSort.UPLOADED_AT, 2);
        String cursor = firstCursor(alice, byUpload);

        assertInvalidCursor(alice, query(PhotoStatus.READY, PhotoSort.NAME, 2).after(cursor));
        assertInvalidCursor(alice, new PhotoQuery(PhotoSort.UPLOADED_AT, SortOrder.ASC, PhotoFilter.READY, 2,
                Optional.of(cursor)));
        assertThat(harness.listPhotos.list(alice, query(PhotoStatus.READY, PhotoSort.UPLOADED_AT, 50).after(cursor))
                .items()).hasSize(3);
    }

    @Test
    void cursorsOutliveAKeyRotationUntilTheOldKeyIsDropped() {
        String cursor = firstCursor(alice, PhotoQuery.firstPage());

        harness.fakes.secrets().rotate(SecretName.CURSOR_KEYS);
        assertThat(harness.listPhotos.list(alice, PhotoQuery.firstPage().after(cursor)).items()).isNotEmpty();

        harness.fakes.secrets().dropPrevious(SecretName.CURSOR_KEYS);
        assertInvalidCursor(alice, PhotoQuery.firstPage().after(cursor));
    }

    /** Creates enough photos for a first page of two with a next page, and returns that page's cursor. */
    private String firstCursor(Principal owner, PhotoQuery query) {
        readyPhotos(owner, 5);
        return harness.listPhotos.list(owner, new PhotoQuery(query.sort(), query.order(), query.filter(), 2,
                Optional.empty())).nextCursor().orElseThrow();
    }

    private void assertInvalidCursor(Principal owner, PhotoQuery query) {
        assertThatThrownBy(() -> harness.listPhotos.list(owner, query))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("cursor"));
    }

    private PhotoUrls onlyUrls() {
        List<PhotoView> items = harness.listPhotos.list(alice, PhotoQuery.firstPage()).items();
        assertThat(items).hasSize(1);
        return items.get(0).urls().orElseThrow();
    }

    private List<PhotoId> readyPhotos(Principal owner, int count) {
        List<PhotoId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            harness.fakes.clock().advance(Duration.ofSeconds(1));
            ids.add(harness.readyPhoto(owner, "photo-" + i + ".jpg"));
        }
        return ids;
    }

    private static List<PhotoId> newestFirst(List<PhotoId> oldestFirst) {
        List<PhotoId> ids = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(ids);
        return ids;
    }

    private static PhotoQuery query(PhotoStatus status, PhotoSort sort, int limit) {
        return new PhotoQuery(sort, SortOrder.DESC, new PhotoFilter(status, List.of(), TimeRange.ALL, TimeRange.ALL,
                null, null), limit, Optional.empty());
    }
}
