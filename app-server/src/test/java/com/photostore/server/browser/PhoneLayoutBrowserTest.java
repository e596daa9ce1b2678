package com.photostore.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.server.testing.Library;
import com.photostore.server.testing.SharedPhotos;
import com.photostore.server.testing.SharedServer;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The web app on a phone's screen (360 × 740, touch) in headless Chromium: the photos come first. */
class PhoneLayoutBrowserTest {
    /** A phone photo of 3264 × 2448 pixels, larger than the screen. */
    private static final Path IPHONE = SharedPhotos.folder().resolve("jpg/hdr/iphone_hdr_YES.jpg");
    /** The same scene without HDR. */
    private static final Path IPHONE_NO_HDR = SharedPhotos.folder().resolve("jpg/hdr/iphone_hdr_NO.jpg");
    private static final long SCREEN_HEIGHT = 740;

    @RegisterExtension
    static final SharedServer server = new SharedServer();
    @RegisterExtension
    static final BrowserSession session = BrowserSession.phone(server);

    @Test
    void thePhotosStartOnTheFirstScreenAndTheViewerTakesTheWholeScreen() {
        PhotostorePage page = session.page();
        assertThat(page.viewport()).containsExactly(360L, SCREEN_HEIGHT);
        page.signUp("phone-" + UUID.randomUUID().toString().substring(0, 8), Library.PASSWORD);
        assertThat(page.box(".topbar").get(3)).as("the header, in one line").isLessThan(64);
        assertThat(page.isShown("uploads-panel")).as("adding photos waits behind its button").isFalse();
        assertThat(page.isShown("filters-panel")).as("finding photos waits behind its button").isFalse();

        page.click("toggle-uploads");
        assertThat(page.isShown("uploads-panel")).isTrue();
        page.choose(IPHONE, IPHONE_NO_HDR);
        page.waitForCards("iphone_hdr_NO.jpg", "iphone_hdr_YES.jpg");
        page.click("toggle-uploads");
        assertThat(page.isShown("uploads-panel")).isFalse();

        assertThat(page.scrollWidth()).as("nothing wider than the screen").isLessThanOrEqualTo(360L);
        List<Long> firstPhoto = page.box("#grid li");
        assertThat(firstPhoto.get(1) + firstPhoto.get(3)).as("the first photo, whole on the first screen")
                .isLessThanOrEqualTo(SCREEN_HEIGHT);

        page.openPhoto("iphone_hdr_YES.jpg");
        page.waitForPreview();
        assertThat(page.box("#photo-dialog").subList(2, 4)).as("the viewer, the whole screen")
                .containsExactly(360L, SCREEN_HEIGHT);
        assertThat(page.box("#photo-preview").get(2)).as("the photo, the screen's width").isEqualTo(360L);
        List<Long> close = page.box("#photo-close");
        assertThat(close.get(1)).as("the close button, at the top").isLessThan(60);

        int towardsTheOther = page.canStep(1) ? 1 : -1;
        page.swipePhoto(towardsTheOther);
        page.waitForOpenPhoto("iphone_hdr_NO.jpg");
        page.swipePhoto(-towardsTheOther);
        page.waitForOpenPhoto("iphone_hdr_YES.jpg");
        page.closePhoto();
    }
}
