package com.photostore.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhotoQueryTest {

    @Test
    void theFirstPageShowsTheNewestReadyUploads() {
        PhotoQuery first = PhotoQuery.firstPage();
        assertThat(first.sort()).isEqualTo(PhotoSort.UPLOADED_AT);
        assertThat(first.order()).isEqualTo(SortOrder.DESC);
        assertThat(first.filter()).isEqualTo(PhotoFilter.READY);
        assertThat(first.limit()).isEqualTo(50);
        assertThat(first.cursor()).isEmpty();
    }

    @Test
    void limitIsOneToTwoHundred() {
        PhotoQuery first = PhotoQuery.firstPage();
        assertThat(new PhotoQuery(first.sort(), first.order(), first.filter(), 1, Optional.empty()).limit()).isEqualTo(1);
        assertThat(new PhotoQuery(first.sort(), first.order(), first.filter(), 200, Optional.empty()).limit()).isEqualTo(200);
        assertThatThrownBy(() -> new PhotoQuery(first.sort(), first.order(), first.filter(), 0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhotoQuery(first.sort(), first.order(), first.filter(), 201, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void continuingKeepsEverythingButTheCursor() {
        PhotoQuery first = PhotoQuery.firstPage();
        PhotoQuery next = first.after("abc");
        assertThat(next.cursor()).contains("abc");
        assertThat(next.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(next.limit()).isEqualTo(first.limit());
    }

    @Test
    void theFingerprintIgnoresPageSizeButNotOrder() {
        PhotoQuery first = PhotoQuery.firstPage();
        PhotoQuery smaller = new PhotoQuery(first.sort(), first.order(), first.filter(), 10, Optional.empty());
        PhotoQuery ascending = new PhotoQuery(first.sort(), SortOrder.ASC, first.filter(), 50, Optional.empty());
        PhotoQuery byName = new PhotoQuery(PhotoSort.NAME, first.order(), first.filter(), 50, Optional.empty());
        assertThat(smaller.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(ascending.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(byName.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(first.fingerprint()).startsWith("uploadedAt|desc|ready|");
    }
}
