package com.photostore.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.server.testing.Library;
import com.photostore.server.testing.SharedPhotos;
import com.photostore.server.testing.SharedServer;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** axe-core finds no serious or critical accessibility violation on the main screens of the web app. */
class AccessibilityBrowserTest {
    private static final Path CANON = SharedPhotos.folder().resolve("jpg/Canon_40D.jpg");
    /** The sign-up with a too short password, on purpose. */
    private static final Pattern PROVOKED = Pattern.compile(
            ".*/api/v1/users - Failed to load resource: the server responded with a status of 400.*");

    @RegisterExtension
    static final SharedServer server = new SharedServer();
    @RegisterExtension
    static final BrowserSession session = BrowserSession.desktop(server, PROVOKED);

    @Test
    void theCheckFindsAnImageWithoutItsText() {
        session.page().script("const image = document.createElement('img'); image.id = 'unnamed';"
                + "image.src = 'favicon.svg'; document.querySelector('main').append(image);");
        assertThat(AxeCore.seriousViolations(session.browser().driver()))
                .anySatisfy(violation -> assertThat(violation).startsWith("image-alt (critical)").contains("#unnamed"));
    }

    @Test
    void theMainScreensHaveNoSeriousViolation() {
        PhotostorePage page = session.page();
        assertThat(AxeCore.seriousViolations(session.browser().driver())).as("the log-in form").isEmpty();

        page.switchToSignUp();
        String username = "axe-" + UUID.randomUUID().toString().substring(0, 8);
        page.submitCredentials(username, "short");
        page.fieldError("password");
        assertThat(AxeCore.seriousViolations(session.browser().driver())).as("the sign-up form with an error").isEmpty();

        page.typeInto("password", Library.PASSWORD);
        page.click("auth-submit");
        page.waitForLibraryOf(username);
        page.choose(CANON);
        page.waitForCards("Canon_40D.jpg");
        page.typeInto("filter-q", "canon");
        page.waitForActiveFilters("Search “canon” ×");
        assertThat(AxeCore.seriousViolations(session.browser().driver())).as("the library, filtered").isEmpty();

        page.openPhoto("Canon_40D.jpg");
        page.waitForPreview();
        assertThat(AxeCore.seriousViolations(session.browser().driver())).as("the viewer").isEmpty();

        page.typeInto("edit-title", "Not saved");
        page.askToClosePhoto();
        page.confirmQuestion();
        assertThat(AxeCore.seriousViolations(session.browser().driver())).as("the question before edits are dropped")
                .isEmpty();
        page.answerConfirm(true);
        page.waitForPhotoClosed();
    }
}
