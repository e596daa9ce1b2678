package com.photostore.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.server.importer.PhotostoreClient;
import com.photostore.server.testing.Library;
import com.photostore.server.testing.SharedPhotos;
import com.photostore.server.testing.SharedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The web app end to end in headless Chromium against the server on the local stack, with real camera photos. */
class WebAppBrowserTest {
    private static final Path CANON = SharedPhotos.folder().resolve("jpg/Canon_40D.jpg");
    private static final Path NIKON = SharedPhotos.folder().resolve("jpg/Nikon_D70.jpg");
    /** Failed requests the tests provoke on purpose: a wrong password, a second upload of the same file, a short password. */
    private static final Pattern PROVOKED = Pattern.compile(".*/api/v1/(sessions|uploads|users) - Failed to load resource:"
            + " the server responded with a status of (401|409|400).*");

    @RegisterExtension
    static final SharedServer server = new SharedServer();
    @RegisterExtension
    static final BrowserSession session = BrowserSession.desktop(server, PROVOKED);

    private HeadlessChromium browser;
    private PhotostorePage page;

    @BeforeEach
    void useTheSessionsBrowser() {
        browser = session.browser();
        page = session.page();
    }

    private static String newUsername() {
        return "browser-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void photosAreUploadedShownEditedFilteredAndDeleted() {
        page.signUp(newUsername(), Library.PASSWORD);

        page.choose(CANON, NIKON);

        assertThat(page.waitForUploads("done", 2)).extracting(WebElement::getText)
                .allSatisfy(text -> assertThat(text).contains("Ready."));
        page.waitForCards("Canon_40D.jpg", "Nikon_D70.jpg");
        assertThat(page.waitForThumbnails()).isEqualTo(2);
        page.waitForUploadTally("2 files uploaded: 2 ready");
        assertThat(page.clearFinishedUploads()).isTrue();

        page.openPhoto("Canon_40D.jpg");
        assertThat(page.waitForPreview()).isPositive();
        assertThat(page.facts()).contains("Canon").contains("EOS 40D").contains("ƒ/7.1 · 1/160 s · ISO 100 · 135 mm");

        page.saveDetails("Harbour at dusk", "harbour");
        page.reload();
        page.waitForOpenPhoto("Harbour at dusk");
        assertThat(page.editedFields()).containsExactly("Harbour at dusk", "harbour");
        page.closePhoto();
        page.waitForCards("Harbour at dusk", "Nikon_D70.jpg");

        page.filterByTag("harbour");
        page.waitForCards("Harbour at dusk");

        page.openPhoto("Harbour at dusk");
        page.deleteOpenPhoto();
        page.waitForCards();
        assertThat(page.banners()).contains("The photo was deleted.");
        page.clearFilters();
        page.waitForCards("Nikon_D70.jpg");
    }

    @Test
    void aTooShortPasswordIsSaidOnceNextToItsField() {
        page.switchToSignUp();
        page.submitCredentials(newUsername(), "short");

        assertThat(page.fieldError("password")).isEqualTo("Must be at least 8 characters.");
        assertThat(page.pageText().split("at least 8 characters", -1)).as("the message, once").hasSize(2);
        assertThat(page.hasNoFieldError("username")).isTrue();

        page.typeInto("password", Library.PASSWORD);
        assertThat(page.hasNoFieldError("password")).as("the message goes once the field is edited").isTrue();
    }

    @Test
    void closingAPhotoWithUnsavedEditsAsksAndKeepsThemUnlessDiscarded() {
        page.signUp(newUsername(), Library.PASSWORD);
        page.choose(CANON);
        page.waitForCards("Canon_40D.jpg");
        page.openPhoto("Canon_40D.jpg");
        page.typeInto("edit-title", "Not saved yet");

        page.pressEscape();
        assertThat(page.confirmQuestion()).isEqualTo("Discard your changes?");
        page.answerConfirm(false);
        assertThat(page.photoIsOpen()).isTrue();
        assertThat(page.editedFields().get(0)).isEqualTo("Not saved yet");

        page.askToClosePhoto();
        assertThat(page.confirmQuestion()).isEqualTo("Discard your changes?");
        page.answerConfirm(true);
        page.waitForPhotoClosed();
        page.openPhoto("Canon_40D.jpg");
        page.waitForOpenPhoto("Canon_40D.jpg");
        assertThat(page.editedFields().get(0)).isEmpty();
        page.closePhoto();
    }

    @Test
    void theArrowKeysAndTheButtonsOfTheViewerStepThroughThePhotos() {
        page.signUp(newUsername(), Library.PASSWORD);
        page.choose(CANON, NIKON);
        page.waitForCards("Canon_40D.jpg", "Nikon_D70.jpg");
        page.openPhoto("Canon_40D.jpg");
        int towardsNikon = page.canStep(1) ? 1 : -1;
        assertThat(page.canStep(-towardsNikon)).as("nothing lies beyond the first or last photo").isFalse();

        page.pressArrow(towardsNikon);
        page.waitForOpenPhoto("Nikon_D70.jpg");
        assertThat(page.canStep(towardsNikon)).isFalse();
        page.pressArrow(-towardsNikon);
        page.waitForOpenPhoto("Canon_40D.jpg");

        page.typeInto("edit-title", "Not saved yet");
        page.pressArrow(towardsNikon);
        assertThat(page.confirmQuestion()).isEqualTo("Discard your changes?");
        page.answerConfirm(false);
        assertThat(page.editedFields().get(0)).isEqualTo("Not saved yet");
        page.closePhotoDiscarding();
        page.waitForCards("Canon_40D.jpg", "Nikon_D70.jpg");
    }

    @Test
    void theViewerZoomsByDoubleClickWheelAndKeysAndThenShowsTheOriginal() {
        page.signUp(newUsername(), Library.PASSWORD);
        page.choose(CANON);
        page.waitForCards("Canon_40D.jpg");
        page.openPhoto("Canon_40D.jpg");
        page.waitForPreview();
        assertThat(page.photoTransform()).isEmpty();
        assertThat(page.photoSource()).contains("-1280.jpg");

        page.doubleClickPhoto();
        assertThat(page.photoTransform()).contains("scale(2.5)");
        await().atMost(Duration.ofSeconds(10)).until(() -> page.photoSource().contains("/originals/"));
        page.pressInViewer("0");
        assertThat(page.photoTransform()).isEmpty();

        page.wheelOverPhoto(-300);
        assertThat(page.photoTransform()).contains("scale(1.8");
        page.pressInViewer("-");
        assertThat(page.photoTransform()).contains("scale(1.2");
        page.pressInViewer("+");
        page.pressInViewer("+");
        assertThat(page.photoTransform()).contains("scale(2.7");
        page.doubleClickPhoto();
        assertThat(page.photoTransform()).isEmpty();
        page.closePhoto();
    }

    @Test
    void loggingOutEverywhereShowsTheLogInFormInTheOtherTabsOfThatUserAtOnce() {
        String username = newUsername();
        page.signUp(username, Library.PASSWORD);
        String first = page.tab();
        String second = page.openInNewTab();
        page.submitCredentials(username, Library.PASSWORD);
        page.waitForLibraryOf(username);
        String other = page.openInNewTab();
        page.signUp(newUsername(), Library.PASSWORD);

        page.showTab(first);
        page.logOutEverywhere();

        page.showTab(second);
        assertThat(page.waitForLogInForm(Duration.ofSeconds(2))).isEqualTo("You were logged out on every device.");
        page.showTab(other);
        assertThat(page.isShown("app-view")).as("another user's tab stays").isTrue();
    }

    @Test
    void aReversedDateRangeIsMarkedAtItsEndAndThePhotosStay() {
        page.signUp(newUsername(), Library.PASSWORD);
        page.choose(CANON);
        page.waitForCards("Canon_40D.jpg");

        page.pickDate("filter-to", "2008-05-31");
        page.waitForCards("Canon_40D.jpg");
        page.pickDate("filter-from", "2008-06-01");

        assertThat(page.fieldError("filter-to")).isEqualTo("Pick a day on or after the “from” day.");
        page.waitForCards("Canon_40D.jpg");
        assertThat(page.banners()).isEmpty();

        page.pickDate("filter-from", "2008-05-01");
        page.waitForCards("Canon_40D.jpg");
        assertThat(page.hasNoFieldError("filter-to")).isTrue();
        page.pickDate("filter-from", "2008-05-31");
        page.waitForCards();
    }

    @Test
    void theActiveFiltersAreNamedAboveThePhotosAndRemovedWithOneClick() {
        page.signUp(newUsername(), Library.PASSWORD);
        page.choose(CANON);
        page.waitForCards("Canon_40D.jpg");
        assertThat(page.activeFilters()).isEmpty();

        page.typeInto("filter-q", "CANON 40d");
        page.waitForActiveFilters("Search “CANON 40d” ×");
        page.waitForCards("Canon_40D.jpg");
        page.removeActiveFilter("Search “CANON 40d” ×");

        page.waitForActiveFilters();
        assertThat(page.fieldValue("filter-q")).isEmpty();
        page.waitForCards("Canon_40D.jpg");
    }

    @Test
    void theFirstTabLeadsPastTheFormsToThePhotos() {
        page.signUp(newUsername(), Library.PASSWORD);
        page.choose(CANON);
        page.waitForCards("Canon_40D.jpg");
        page.reload();

        assertThat(page.press(Keys.TAB)).isEqualTo("skip-link");
        assertThat(page.press(Keys.ENTER)).isEqualTo("gallery-title");
        assertThat(page.press(Keys.TAB)).as("the first photo, next").isEqualTo("card");
    }

    @Test
    void uploadingAPhotoAgainShowsItIsAlreadyInTheLibrary() {
        page.signUp(newUsername(), Library.PASSWORD);
        page.choose(CANON);
        page.waitForUploads("done", 1);

        page.choose(CANON);

        assertThat(page.waitForUploads("duplicate", 1)).extracting(WebElement::getText)
                .singleElement().asString().contains("Already in your library");
        page.waitForCards("Canon_40D.jpg");
    }

    @Test
    void aWrongPasswordShowsTheServersMessage() {
        String username = newUsername();
        page.signUp(username, Library.PASSWORD);
        page.logOut();

        page.submitCredentials(username, "not the right password at all");

        ObjectNode credentials = PhotostoreClient.object();
        credentials.put("username", username);
        credentials.put("password", "not the right password at all");
        PhotostoreClient.Answer answer = new PhotostoreClient(server.baseUri()).call("POST", "/api/v1/sessions", credentials);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(page.authError()).isEqualTo(answer.detail());
        assertThat(browser.consoleErrors()).as("the refused log-in, as the console reports it")
                .anyMatch(message -> PROVOKED.matcher(message).matches() && message.contains("/api/v1/sessions"));
    }
}
