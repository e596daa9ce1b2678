package com.photostore.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.server.testing.SharedServer;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh headless Chromium on the web app of a {@link SharedServer} for each test; after it, the console shows no
 * error but those the test provokes on purpose, and after the class no browser process is left. Register it as a
 * static {@code @RegisterExtension} field beside the server's.
 */
final class BrowserSession implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    private final SharedServer server;
    private final Supplier<HeadlessChromium> start;
    private final Pattern provoked;
    private HeadlessChromium browser;
    private PhotostorePage page;

    private BrowserSession(SharedServer server, Supplier<HeadlessChromium> start, Pattern provoked) {
        this.server = server;
        this.start = start;
        this.provoked = provoked;
    }

    /** A desktop window of 1280 × 1024; console errors matching {@code provoked} are expected. */
    static BrowserSession desktop(SharedServer server, Pattern provoked) {
        return new BrowserSession(server, HeadlessChromium::start, provoked);
    }

    /** A phone's screen of 360 × 740 with touch; no console error is expected. */
    static BrowserSession phone(SharedServer server) {
        return new BrowserSession(server, HeadlessChromium::startPhone, Pattern.compile("(?!)"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser = start.get();
        assertThat(HeadlessChromium.runningProcesses()).as("chromedriver and Chromium below this JVM").isNotEmpty();
        page = new PhotostorePage(browser.driver(), URI.create("http://localhost:" + server.baseUri().getPort() + "/"));
        page.open();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            assertThat(browser.consoleErrors()).filteredOn(message -> !provoked.matcher(message).matches())
                    .as("console errors").isEmpty();
        } finally {
            browser.close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(HeadlessChromium.runningProcesses()).isEmpty());
    }

    /** The browser of the running test. */
    HeadlessChromium browser() {
        return browser;
    }

    /** The app's page in the browser of the running test. */
    PhotostorePage page() {
        return page;
    }
}
