package com.photostore.server.browser;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** The system's Chromium in headless mode, driven through the system's chromedriver, with its console kept. */
public final class HeadlessChromium implements AutoCloseable {
    private static final File BROWSER = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final List<LogEntry> console = new ArrayList<>();

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a browser with a fresh profile; the driver and browser paths are fixed, so nothing is downloaded. */
    public static HeadlessChromium start() {
        return start(false);
    }

    /** Starts a browser that shows pages as a phone of 360 × 740 CSS pixels with a touch screen does. */
    public static HeadlessChromium startPhone() {
        return start(true);
    }

    private static HeadlessChromium start(boolean phone) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,1024");
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", 360, "height", 740, "pixelRatio", 2.0, "touch", true)));
        }
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new HeadlessChromium(driver);
    }

    /** The driver. */
    public ChromeDriver driver() {
        return driver;
    }

    /** The console's errors since the browser started (CSP violations, uncaught errors, failed loads). */
    public List<String> consoleErrors() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return console.stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** The commands of the Chromium and chromedriver processes still running below this JVM. */
    public static List<String> runningProcesses() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .map(process -> process.info().command().orElse(""))
                .filter(command -> command.contains("chrom"))
                .toList();
    }

    /** Quits the browser and stops chromedriver. */
    @Override
    public void close() {
        driver.quit();
    }
}
