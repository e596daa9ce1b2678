package com.photostore.server.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Photostore web app as a person sees it in the browser: the steps the tests take, by the page's elements. */
public final class PhotostorePage {
    private static final Duration PAGE_STEP = Duration.ofSeconds(20);
    private static final Duration PROCESSING = Duration.ofSeconds(90);

    private final WebDriver driver;
    private final URI appUri;

    /** A page of the app served at {@code appUri}, shown in {@code driver}. */
    public PhotostorePage(WebDriver driver, URI appUri) {
        this.driver = driver;
        this.appUri = appUri;
    }

    private WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    private WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** Runs a script in the page; answers what it returns. */
    public Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    /** Opens the app and waits until it shows either the log-in form or the library. */
    public void open() {
        driver.get(appUri.toString());
        waiting(PAGE_STEP).until(d -> byId("auth-view").isDisplayed() || byId("app-view").isDisplayed());
    }

    /** Reloads the page and waits until the library shows again. */
    public void reload() {
        driver.navigate().refresh();
        waitForLibrary();
    }

    /** Creates an account through the form; the app logs it in. */
    public void signUp(String username, String password) {
        byId("auth-switch").click();
        waiting(PAGE_STEP).until(ExpectedConditions.textToBe(By.id("auth-submit"), "Create account"));
        submitCredentials(username, password);
        waitForLibraryOf(username);
    }

    /** Waits until the library of this user shows. */
    public void waitForLibraryOf(String username) {
        waitForLibrary();
        waiting(PAGE_STEP).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), username));
    }

    private void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Fills and submits the log-in form without waiting for its outcome. */
    public void submitCredentials(String username, String password) {
        type("username", username);
        type("password", password);
        byId("auth-submit").click();
    }

    /** The error the log-in form shows, once it shows one. */
    public String authError() {
        return waiting(PAGE_STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id("auth-error"))).getText();
    }

    private void waitForLibrary() {
        waiting(PAGE_STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id("app-view")));
    }

    /** Logs out with the top bar's button and waits for the log-in form. */
    public void logOut() {
        byId("logout").click();
        waiting(PAGE_STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id("auth-view")));
    }

    /** Logs out on every device with the button. */
    public void logOutEverywhere() {
        byId("logout-everywhere").click();
        waiting(PAGE_STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id("auth-view")));
    }

    /** Opens the app in a new tab of the same browser and shows that tab; answers its handle. */
    public String openInNewTab() {
        driver.switchTo().newWindow(WindowType.TAB);
        open();
        return driver.getWindowHandle();
    }

    /** Shows the tab of this handle. */
    public void showTab(String handle) {
        driver.switchTo().window(handle);
    }

    /** The handle of the tab shown. */
    public String tab() {
        return driver.getWindowHandle();
    }

    /** Waits at most {@code timeout} until the log-in form shows, with its notice; answers the notice. */
    public String waitForLogInForm(Duration timeout) {
        waiting(timeout).until(ExpectedConditions.visibilityOfElementLocated(By.id("auth-view")));
        return byId("auth-notice").getText();
    }

    /** Picks these files in the file input, as the file chooser would. */
    public void choose(Path... files) {
        byId("file-input").sendKeys(Arrays.stream(files).map(file -> file.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
    }

    /** Waits until {@code count} upload rows show the outcome {@code kind} (done, duplicate, failed, rejected). */
    public List<WebElement> waitForUploads(String kind, int count) {
        By rows = By.cssSelector("#upload-list .upload." + kind);
        waiting(PROCESSING).until(ExpectedConditions.numberOfElementsToBe(rows, count));
        return driver.findElements(rows);
    }

    /** Waits until the grid shows exactly these card names, in any order. */
    public void waitForCards(String... names) {
        List<String> expected = Arrays.stream(names).sorted().toList();
        waiting(PROCESSING).until(d -> cardNames().equals(expected));
    }

    /** The names the grid's cards show, sorted. */
    public List<String> cardNames() {
        return driver.findElements(By.cssSelector("#grid .card .card-name")).stream()
                .map(WebElement::getText).sorted().toList();
    }

    /** Waits until every card of the grid shows a decoded thumbnail; answers how many do. */
    public long waitForThumbnails() {
        waiting(PROCESSING).until(d -> Boolean.TRUE.equals(script(
                "const images = [...document.querySelectorAll('#grid .card img')];"
                        + "return images.length === document.querySelectorAll('#grid .card').length"
                        + " && images.every((image) => image.complete && image.naturalWidth > 0);")));
        return (Long) script("return document.querySelectorAll('#grid .card img').length;");
    }

    /** Opens the photo whose card shows {@code name} and waits until the dialog shows it. */
    public void openPhoto(String name) {
        driver.findElements(By.cssSelector("#grid .card")).stream()
                .filter(card -> card.findElement(By.className("card-name")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no card named " + name))
                .click();
        waitForOpenPhoto(name);
    }

    /** Waits until the photo dialog is open on the photo named {@code name}. */
    public void waitForOpenPhoto(String name) {
        waiting(PAGE_STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-dialog")));
        waiting(PAGE_STEP).until(ExpectedConditions.textToBe(By.id("photo-title"), name));
    }

    /** Waits until the dialog's preview image has loaded; answers its natural width. */
    public long waitForPreview() {
        waiting(PROCESSING).until(d -> Boolean.TRUE.equals(script(
                "const image = document.getElementById('photo-preview');"
                        + "return !image.hidden && image.complete && image.naturalWidth > 0;")));
        return (Long) script("return document.getElementById('photo-preview').naturalWidth;");
    }

    /** The facts the dialog lists (taken, camera, dimensions…), as text. */
    public String facts() {
        return byId("photo-facts").getText();
    }

    /** The title and tags fields of the open photo's edit form. */
    public List<String> editedFields() {
        return List.of(byId("edit-title").getDomProperty("value"), byId("edit-tags").getDomProperty("value"));
    }

    /** Changes the open photo's title and tags and saves, waiting for the confirmation. */
    public void saveDetails(String title, String tags) {
        type("edit-title", title);
        type("edit-tags", tags);
        byId("edit-save").click();
        waiting(PAGE_STEP).until(ExpectedConditions.textToBe(By.id("edit-saved"), "Saved."));
    }

    /** Closes the photo dialog. */
    public void closePhoto() {
        byId("photo-close").click();
        waiting(PAGE_STEP).until(ExpectedConditions.invisibilityOfElementLocated(By.id("photo-dialog")));
    }

    /** Ticks the tag in the filter form. */
    public void filterByTag(String tag) {
        By label = By.xpath("//ul[@id='tag-filter']//label[starts-with(normalize-space(.), '" + tag + " (')]");
        waiting(PAGE_STEP).ignoring(StaleElementReferenceException.class).until(page -> {
            page.findElement(label).click();
            return true;
        });
    }

    /** Clears every filter. */
    public void clearFilters() {
        byId("clear-filters").click();
    }

    /** Deletes the open photo, confirming in the confirmation dialog, and waits until its dialog closes. */
    public void deleteOpenPhoto() {
        byId("photo-delete").click();
        waiting(PAGE_STEP).until(ExpectedConditions.elementToBeClickable(By.id("confirm-ok"))).click();
        waiting(PAGE_STEP).until(ExpectedConditions.invisibilityOfElementLocated(By.id("photo-dialog")));
    }

    /** Types into a field, replacing what it held. */
    public void typeInto(String id, String text) {
        type(id, text);
    }

    /** Switches the log-in form to creating an account. */
    public void switchToSignUp() {
        byId("auth-switch").click();
        waiting(PAGE_STEP).until(ExpectedConditions.textToBe(By.id("auth-submit"), "Create account"));
    }

    /** The message shown next to a field, once it shows one. */
    public String fieldError(String inputId) {
        return waiting(PAGE_STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id(inputId + "-error"))).getText();
    }

    /** Whether a field shows no message. */
    public boolean hasNoFieldError(String inputId) {
        List<WebElement> messages = driver.findElements(By.id(inputId + "-error"));
        return messages.isEmpty() || !messages.get(0).isDisplayed();
    }

    /** Sets a date field as a person picking a day does, announcing the change. */
    public void pickDate(String inputId, String isoDate) {
        script("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + "input.dispatchEvent(new Event('change', { bubbles: true }));", inputId, isoDate);
    }

    /** Presses Escape where the focus is. */
    public void pressEscape() {
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    /** Clicks the photo dialog's close button without waiting for it to close. */
    public void askToClosePhoto() {
        byId("photo-close").click();
    }

    /** The question the confirmation dialog asks, once it is open. */
    public String confirmQuestion() {
        waiting(PAGE_STEP).until(ExpectedConditions.elementToBeClickable(By.id("confirm-ok")));
        return byId("confirm-title").getText();
    }

    /** Answers the confirmation dialog: its confirming button, or its other one. */
    public void answerConfirm(boolean confirm) {
        byId(confirm ? "confirm-ok" : "confirm-cancel").click();
        waiting(PAGE_STEP).until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
    }

    /** Closes the photo dialog, discarding unsaved edits when asked. */
    public void closePhotoDiscarding() {
        askToClosePhoto();
        answerConfirm(true);
        waitForPhotoClosed();
    }

    /** Whether the photo dialog is open. */
    public boolean photoIsOpen() {
        return Boolean.TRUE.equals(script("return document.getElementById('photo-dialog').open;"));
    }

    /** Waits until the photo dialog has closed. */
    public void waitForPhotoClosed() {
        waiting(PAGE_STEP).until(ExpectedConditions.invisibilityOfElementLocated(By.id("photo-dialog")));
    }

    /** The filters the line above the photos names, as their buttons read. */
    public List<String> activeFilters() {
        return driver.findElements(By.cssSelector("#active-filter-list button")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    /** Waits until the line above the photos names exactly these filters. */
    public void waitForActiveFilters(String... labels) {
        List<String> expected = List.of(labels);
        waiting(PAGE_STEP).ignoring(StaleElementReferenceException.class).until(d -> activeFilters().equals(expected));
    }

    /** Removes a filter with its button in the line above the photos. */
    public void removeActiveFilter(String label) {
        waiting(PAGE_STEP).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.xpath("//ul[@id='active-filter-list']//button[normalize-space(.)='" + label + "']")).click();
            return true;
        });
    }

    /** Presses a key where the focus is; answers the id of the element that has the focus then. */
    public String press(CharSequence key) {
        driver.switchTo().activeElement().sendKeys(key);
        return (String) script("return document.activeElement ? document.activeElement.id || document.activeElement.className : '';");
    }

    /** Whether the viewer offers a photo in this direction (-1 before, 1 after). */
    public boolean canStep(int direction) {
        return byId(direction < 0 ? "photo-previous" : "photo-next").isEnabled();
    }

    /** Presses an arrow key in the open viewer, away from any field. */
    public void pressArrow(int direction) {
        pressInViewer(direction < 0 ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT);
    }

    /** Presses a key in the open viewer, away from any field. */
    public void pressInViewer(CharSequence key) {
        script("document.getElementById('photo-preview').closest('figure').setAttribute('tabindex', '-1');"
                + "document.getElementById('photo-preview').closest('figure').focus();");
        driver.switchTo().activeElement().sendKeys(key);
    }

    /** Swipes one finger across the viewer's photo, from right to left (-1: left to right), as a touch screen reports it. */
    public void swipePhoto(int direction) {
        script("const image = document.getElementById('photo-preview'); const r = image.getBoundingClientRect();"
                + "const y = r.top + r.height / 2; const from = r.left + r.width * (arguments[0] > 0 ? 0.8 : 0.2);"
                + "const to = r.left + r.width * (arguments[0] > 0 ? 0.2 : 0.8);"
                + "const touch = (type, x) => image.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'touch',"
                + " isPrimary: true, clientX: x, clientY: y, bubbles: true }));"
                + "touch('pointerdown', from); touch('pointermove', to); touch('pointerup', to);", direction);
    }

    /** Double-clicks the middle of the viewer's photo. */
    public void doubleClickPhoto() {
        new Actions(driver).doubleClick(byId("photo-preview")).perform();
    }

    /** Turns the mouse wheel over the middle of the viewer's photo (negative: away from the person, zooming in). */
    public void wheelOverPhoto(int deltaY) {
        script("const image = document.getElementById('photo-preview'); const r = image.getBoundingClientRect();"
                + "image.dispatchEvent(new WheelEvent('wheel', { deltaY: arguments[0], clientX: r.left + r.width / 2,"
                + " clientY: r.top + r.height / 2, bubbles: true, cancelable: true }));", deltaY);
    }

    /** The CSS transform on the viewer's photo ("" when it shows whole). */
    public String photoTransform() {
        return (String) script("return document.getElementById('photo-preview').style.transform;");
    }

    /** The address the viewer's photo is loaded from. */
    public String photoSource() {
        return (String) script("return document.getElementById('photo-preview').src;");
    }

    /** Waits until the line over the upload list reads this. */
    public void waitForUploadTally(String text) {
        waiting(PROCESSING).until(ExpectedConditions.textToBe(By.id("upload-tally"), text));
    }

    /** Clears the finished uploads from the list; answers whether the list and its summary are gone. */
    public boolean clearFinishedUploads() {
        byId("upload-clear").click();
        return waiting(PAGE_STEP).until(d -> byId("upload-list").findElements(By.tagName("li")).isEmpty()
                && !byId("upload-summary").isDisplayed());
    }

    /** The box of the first element a CSS selector finds, in CSS pixels of the page: left, top, width, height. */
    @SuppressWarnings("unchecked")
    public List<Long> box(String selector) {
        return ((List<Number>) script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return [r.left + scrollX, r.top + scrollY, r.width, r.height].map(Math.round);", selector))
                .stream().map(Number::longValue).toList();
    }

    /** How wide the page's content is in CSS pixels, however much of it the viewport shows. */
    public long scrollWidth() {
        return ((Number) script("return document.documentElement.scrollWidth;")).longValue();
    }

    /** The size of the window's viewport in CSS pixels. */
    @SuppressWarnings("unchecked")
    public List<Long> viewport() {
        return ((List<Number>) script("return [innerWidth, innerHeight];")).stream().map(Number::longValue).toList();
    }

    /** Clicks an element by its id. */
    public void click(String id) {
        byId(id).click();
    }

    /** Whether the element with this id is shown. */
    public boolean isShown(String id) {
        return byId(id).isDisplayed();
    }

    /** The value a field holds. */
    public String fieldValue(String id) {
        return byId(id).getDomProperty("value");
    }

    /** The text of the whole page as shown. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The text of the banners at the top of the page. */
    public String banners() {
        return byId("banners").getText();
    }
}
