package com.photostore.adapters.common.http.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.contract.Concurrently;
import com.photostore.port.out.contract.MultipartFormPost;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTTP contract of {@code /api/v1}, driven over real HTTP against any deployment, with every response checked
 * against the OpenAPI document the deployment serves.
 *
 * <p>A subclass starts the deployment and names it with {@link #baseUri()}; the deployment must list
 * {@link #allowedOrigin()} in its CORS allow-list and keeps its state between tests and runs (every test signs up
 * fresh users of its own). A test class using the suite also needs {@code com.networknt:json-schema-validator} and
 * the {@code ports} test-jar on its test classpath.
 *
 * <p>Failed log-ins: a run causes 2 × {@code login.account.maxFailures} + 3 failures from the suite's client address,
 * and {@link #repeatedWrongPasswordsLimitTheAccountOnly()} needs {@code login.account.maxFailures} below 50 (the
 * default is 10). With the default address limit ({@code login.address.maxFailures} 100 per
 * {@code login.address.window} of 15 minutes) about seven runs fit in one window against one long-lived
 * deployment; one the suite runs against more often must raise {@code login.address.maxFailures} (say to 10000).
 * A run signs up about 80 users from its address, so such a deployment also raises {@code signup.address.maxAttempts}
 * (100 per hour by default).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpApiContractTest {
    /** A password every strength check accepts. */
    protected static final String PASSWORD = "plum-tractor-93-quietly-orbits";
    private static final String API = "/api/v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String UNKNOWN_PHOTO_ID = "01arz3ndektsv4rrffq69g5fav";
    private static final String OTHER_ORIGIN = "https://evil.example";
    private static final String BEACH = "\u00c9t\u00e9 \u00e0 la plage.png";

    private ApiClient client;
    private OpenApiResponseValidator validator;
    private Library library;

    /** The deployment's server root, such as {@code http://127.0.0.1:8080}. */
    protected abstract URI baseUri();

    /** An origin the deployment's CORS allow-list holds. */
    protected abstract String allowedOrigin();

    /** Posts the file with the upload form a {@code POST /uploads} answer carries, as a browser does. */
    protected void upload(JsonNode uploadTicket, String fileName, byte[] content, String contentType) {
        MultipartFormPost.upload(uploadForm(uploadTicket), fileName, content, contentType);
    }

    /** How long an uploaded file may take to become ready or rejected. */
    protected Duration ingestTimeout() {
        return Duration.ofSeconds(10);
    }

    /** Whether the image URLs the API hands out are served over HTTP by the deployment's object store. */
    protected boolean servesObjectUrls() {
        return true;
    }

    /** The upload form inside a {@code POST /uploads} answer. */
    protected static UploadForm uploadForm(JsonNode uploadTicket) {
        Map<String, String> fields = new LinkedHashMap<>();
        uploadTicket.get("upload").get("fields").fields()
                .forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
        return new UploadForm(URI.create(uploadTicket.get("upload").get("url").asText()), fields,
                Instant.parse(uploadTicket.get("expiresAt").asText()));
    }

    @AfterEach
    void everyResponseMatchedTheDocument() {
        if (validator != null) {
            assertThat(validator.drainViolations()).as("responses that break the OpenAPI document").isEmpty();
        }
    }

    // ---- accounts and sessions

    @Test
    void signUpAnswersTheCreatedAccount() {
        String username = freshUsername("signup");

        ApiResponse response = signUp(username.toUpperCase(Locale.ROOT), PASSWORD);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.header("Cache-Control")).contains("no-store");
        JsonNode body = response.json();
        assertThat(fieldNames(body)).containsExactly("id", "username", "createdAt");
        assertThat(UUID.fromString(body.get("id").asText())).isNotNull();
        assertThat(body.get("username").asText()).isEqualTo(username);
        assertThat(Instant.parse(body.get("createdAt").asText())).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void takenUsernameIsAConflictWhateverItsCase() {
        String username = freshUsername("taken");
        assertThat(signUp(username, PASSWORD).status()).isEqualTo(201);

        problem(signUp(username, PASSWORD), 409, "/problems/conflict");
        problem(signUp(username.toUpperCase(Locale.ROOT), "another-long-phrase-of-words"), 409, "/problems/conflict");
    }

    @Test
    void weakPasswordsAndBadUsernamesAreFieldErrors() {
        JsonNode common = problem(signUp(freshUsername("weak"), "password"), 400, "/problems/invalid-input");
        JsonNode both = problem(signUp("x!", "short"), 400, "/problems/invalid-input");

        assertThat(errorFields(common)).containsExactly("password");
        assertThat(common.get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(errorFields(both)).containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void aBodyThatRepeatsAKeyIsRefusedAndChangesNothing() {
        String username = freshUsername("dupkey");
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"username\":\"" + freshUsername("other") + "\"}";

        JsonNode refused = problem(postJson(API + "/users", null, body), 400, "/problems/invalid-input");

        assertThat(errorFields(refused)).containsExactly("body");
        assertThat(refused.get("errors").get(0).get("message").asText()).contains("username");
        problem(logIn(username, PASSWORD), 401, "/problems/unauthorized");
    }

    @Test
    void logInAnswersBearerTokensThatOpenTheApi() {
        String username = freshUsername("login");
        signUp(username, PASSWORD);

        ApiResponse response = logIn(username, PASSWORD);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Cache-Control")).contains("no-store");
        JsonNode body = response.json();
        assertThat(fieldNames(body)).containsExactly("accessToken", "tokenType", "expiresIn", "refreshToken",
                "refreshExpiresIn", "deviceToken");
        assertThat(body.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isPositive();
        assertThat(body.get("refreshExpiresIn").asLong()).isGreaterThan(body.get("expiresIn").asLong());
        ApiResponse tags = get(API + "/tags", body.get("accessToken").asText());
        assertThat(tags.status()).isEqualTo(200);
        assertThat(tags.json().get("items")).isEmpty();
        assertThat(send("GET", API + "/tags", Map.of("Authorization", "bearer " + body.get("accessToken").asText()),
                new byte[0]).status()).as("the scheme is case-insensitive").isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownUserAnswerTheSameProblem() {
        String username = freshUsername("known");
        signUp(username, PASSWORD);

        ApiResponse wrongPassword = logIn(username, "not-the-right-phrase-at-all");
        ApiResponse unknownUser = logIn(freshUsername("nobody"), PASSWORD);
        ApiResponse impossibleUser = logIn("no such name!", PASSWORD);

        JsonNode first = unauthorized(wrongPassword);
        assertThat(unauthorized(unknownUser)).isEqualTo(first);
        assertThat(unauthorized(impossibleUser)).isEqualTo(first);
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        Account account = newAccount("refresh");

        ApiResponse response = refresh(account.refreshToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        JsonNode body = response.json();
        assertThat(fieldNames(body))
                .containsExactly("accessToken", "tokenType", "expiresIn", "refreshToken", "refreshExpiresIn");
        assertThat(body.get("refreshToken").asText()).isNotEqualTo(account.refreshToken());
        assertThat(get(API + "/tags", body.get("accessToken").asText()).status()).isEqualTo(200);
        assertThat(refresh(body.get("refreshToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheSession() {
        Account account = newAccount("reuse");
        String rotated = refresh(account.refreshToken()).json().get("refreshToken").asText();

        unauthorized(refresh(account.refreshToken()));
        unauthorized(refresh(rotated));
        unauthorized(refresh(account.accessToken()));
    }

    @Test
    void logOutEndsTheSession() {
        Account account = newAccount("logout");

        ApiResponse response = call("DELETE", API + "/sessions/current", account.accessToken());

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        unauthorized(refresh(account.refreshToken()));
    }

    @Test
    void logOutEverywhereEndsEverySession() {
        Account first = newAccount("everywhere");
        JsonNode second = logIn(first.username(), PASSWORD).json();

        assertThat(call("DELETE", API + "/sessions", first.accessToken()).status()).isEqualTo(204);

        unauthorized(refresh(first.refreshToken()));
        unauthorized(refresh(second.get("refreshToken").asText()));
        assertThat(logIn(first.username(), PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void theAccessTokensOfALoggedOutSessionAreRefusedOnEveryRouteWithinOneSecond() {
        Account kept = newAccount("rv-out");
        Account ended = logInAgain(kept);
        assertOpens(ended.accessToken());

        assertThat(call("DELETE", API + "/sessions/current", ended.accessToken()).status()).isEqualTo(204);

        assertRefusedWithinOneSecond(ended.accessToken());
        assertOpens(kept.accessToken());
    }

    @Test
    void theAccessTokensOfASessionRevokedForRefreshTokenReuseAreRefusedWithinOneSecond() {
        Account account = newAccount("rv-reuse");
        assertOpens(account.accessToken());
        JsonNode rotated = refresh(account.refreshToken()).json();

        unauthorized(refresh(account.refreshToken()));

        assertRefusedWithinOneSecond(account.accessToken());
        assertRefusedWithinOneSecond(rotated.get("accessToken").asText());
    }

    @Test
    void theAccessTokensOfEverySessionAreRefusedAfterLogOutEverywhereWithinOneSecond() {
        Account first = newAccount("rv-all");
        Account second = logInAgain(first);
        assertOpens(first.accessToken());
        assertOpens(second.accessToken());

        assertThat(call("DELETE", API + "/sessions", first.accessToken()).status()).isEqualTo(204);

        assertRefusedWithinOneSecond(first.accessToken());
        assertRefusedWithinOneSecond(second.accessToken());
        assertOpens(logInAgain(first).accessToken());
    }

    @Test
    void ofFortyConcurrentWrongPasswordsNoMoreThanTheLimitAreChecked() {
        Account account = newAccount("parallel");

        List<ApiResponse> responses = Concurrently.run(40, i -> client().send("POST", API + "/sessions",
                Map.of("Content-Type", "application/json"), json(Map.of("username", account.username(),
                        "password", "a wrong phrase no " + i)).getBytes(StandardCharsets.UTF_8)));

        List<Integer> statuses = responses.stream().map(ApiResponse::status).toList();
        assertThat(statuses).allMatch(status -> status == 401 || status == 429 || status == 503);
        assertThat(statuses).filteredOn(status -> status == 401).hasSizeLessThanOrEqualTo(10);
        long busy = statuses.stream().filter(status -> status == 503).count();
        assertThat(statuses).filteredOn(status -> status == 429).hasSizeGreaterThanOrEqualTo((int) (30 - busy));
        responses.stream().filter(r -> r.status() == 429 || r.status() == 503)
                .forEach(r -> assertThat(Long.parseLong(r.header("Retry-After").orElseThrow())).isPositive());
    }

    @Test
    void aDeviceTokenFromALogInIsAcceptedOnTheNextAndMalformedOnesAreRefused() {
        Account account = newAccount("device");
        String device = logIn(account.username(), PASSWORD).json().get("deviceToken").asText();

        ApiResponse again = postJson(API + "/sessions", null, json(Map.of("username", account.username(),
                "password", PASSWORD, "deviceToken", device)));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("deviceToken").asText()).isNotBlank();
        assertThat(postJson(API + "/sessions", null, json(Map.of("username", account.username(),
                "password", PASSWORD, "deviceToken", "not-a-device-token"))).status()).isEqualTo(201);
        problem(postJson(API + "/sessions", null, "{\"username\":\"" + account.username() + "\",\"password\":\""
                + PASSWORD + "\",\"deviceToken\":7}"), 400, "/problems/invalid-input");
        assertThat(refresh(account.refreshToken()).json().has("deviceToken")).as("a refresh gives none").isFalse();
    }

    @Test
    void repeatedWrongPasswordsLimitTheAccountOnly() {
        Account account = newAccount("limited");
        ApiResponse response = logIn(account.username(), "a-wrong-phrase-of-words");
        for (int attempt = 1; attempt < 50 && response.status() == 401; attempt++) {
            response = logIn(account.username(), "a-wrong-phrase-of-words");
        }

        problem(response, 429, "/problems/rate-limited");
        assertThat(Long.parseLong(response.header("Retry-After").orElseThrow())).isPositive();
        problem(logIn(account.username(), PASSWORD), 429, "/problems/rate-limited");
        assertThat(newAccount("unlimited").accessToken()).isNotBlank();
    }

    // ---- uploads and ingest

    @Test
    void uploadRequestAnswersAFormForAPendingPhoto() {
        Account account = newAccount("pending");

        ApiResponse response = postJson(API + "/uploads", account.accessToken(), json(Map.of(
                "fileName", "later.jpg", "contentType", "image/jpeg", "size", 1000, "title", "Later",
                "tags", List.of("someday"))));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Cache-Control")).contains("no-store");
        JsonNode ticket = response.json();
        assertThat(fieldNames(ticket)).containsExactly("photoId", "upload", "expiresAt");
        String id = ticket.get("photoId").asText();
        JsonNode form = ticket.get("upload");
        assertThat(form.get("method").asText()).isEqualTo("POST");
        assertThat(URI.create(form.get("url").asText()).getScheme()).isIn("http", "https");
        assertThat(form.get("fields").get("key").asText()).startsWith("uploads/").endsWith("/" + id);
        assertThat(form.get("fields").get("Content-Type").asText()).isEqualTo("image/jpeg");
        assertThat(Instant.parse(ticket.get("expiresAt").asText())).isNotNull();
        JsonNode photo = get(API + "/photos/" + id, account.accessToken()).json();
        assertThat(photo.get("status").asText()).isEqualTo("pending");
        assertThat(photo.get("title").asText()).isEqualTo("Later");
        assertThat(photo.get("urls").isNull()).isTrue();
        assertThat(photo.get("width").isNull()).isTrue();
        assertThat(ids(list(account, "status=pending"))).containsExactly(id);
        assertThat(ids(list(account, ""))).isEmpty();
    }

    @Test
    void uploadRequestRulesAreReportedTogether() {
        Account account = newAccount("rules");

        ApiResponse broken = postJson(API + "/uploads", account.accessToken(), json(Map.of("fileName", "",
                "contentType", "image/bmp", "size", 0, "sha256", "xyz")));
        ApiResponse huge = postJson(API + "/uploads", account.accessToken(), json(Map.of("fileName", "huge.jpg",
                "contentType", "image/jpeg", "size", Long.MAX_VALUE)));

        assertThat(errorFields(problem(broken, 400, "/problems/invalid-input")))
                .containsExactlyInAnyOrder("fileName", "contentType", "size", "sha256");
        assertThat(errorFields(problem(huge, 400, "/problems/invalid-input"))).containsExactly("size");
        assertThat(ids(list(account, "status=pending"))).isEmpty();
    }

    @Test
    void cameraPhotoBecomesReadyWithTheExifExiftoolReads() {
        Account account = newAccount("camera");
        byte[] content = CameraPhotos.jpeg("Canon_40D.jpg");

        JsonNode photo = uploadAndWait(account, "Canon_40D.jpg", content, "image/jpeg", List.of("Sea", "summer"));

        JsonNode exif = CameraPhotos.exiftool("Canon_40D.jpg");
        assertThat(fieldNames(photo)).containsExactly("id", "status", "fileName", "contentType", "size", "width",
                "height", "orientation", "takenAt", "uploadedAt", "camera", "location", "exposure", "title",
                "description", "tags", "urls", "rejectionReason");
        assertThat(photo.get("status").asText()).isEqualTo("ready");
        assertThat(photo.get("fileName").asText()).isEqualTo("Canon_40D.jpg");
        assertThat(photo.get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(photo.get("size").asLong()).isEqualTo(content.length);
        assertThat(photo.get("width").asInt()).isEqualTo(exif.get("ImageWidth").asInt());
        assertThat(photo.get("height").asInt()).isEqualTo(exif.get("ImageHeight").asInt());
        assertThat(photo.get("orientation").asInt()).isEqualTo(exif.get("Orientation").asInt());
        assertThat(Instant.parse(photo.get("takenAt").asText())).isEqualTo(exiftoolTime(exif));
        assertThat(photo.get("camera").get("make").asText()).isEqualTo(exif.get("Make").asText());
        assertThat(photo.get("camera").get("model").asText()).isEqualTo(exif.get("Model").asText());
        // ExifTool 13.59 reads -n -EXIF:FNumber 7.1, ExposureTime 0.00625, ISO 100, FocalLength 135 and no LensModel
        assertThat(photo.get("exposure").get("lens").isNull()).isTrue();
        assertThat(photo.get("exposure").get("fNumber").asDouble()).isEqualTo(7.1);
        assertThat(photo.get("exposure").get("exposureTime").asDouble()).isEqualTo(0.00625);
        assertThat(photo.get("exposure").get("iso").asInt()).isEqualTo(100);
        assertThat(photo.get("exposure").get("focalLength").asDouble()).isEqualTo(135.0);
        assertThat(texts(photo.get("tags"))).containsExactly("sea", "summer");
        assertThat(photo.get("rejectionReason").isNull()).isTrue();
        assertThat(fieldNames(photo.get("urls"))).containsExactly("thumbnail", "preview", "original");
        if (servesObjectUrls()) {
            assertServesJpeg(photo.get("urls").get("thumbnail"));
            assertServesJpeg(photo.get("urls").get("preview"));
            ApiResponse original = client().fetch(URI.create(photo.get("urls").get("original").asText()));
            assertThat(original.status()).isEqualTo(200);
            assertThat(original.header("Content-Type")).contains("image/jpeg");
            assertThat(original.body()).isEqualTo(content);
        }
    }

    @Test
    void otherBytesPostedThroughAUsedUploadFormNeverReachTheOriginal() {
        Account account = newAccount("reposter");
        byte[] content = CameraPhotos.jpeg("Canon_40D.jpg");
        JsonNode ticket = requestUpload(account, "Canon_40D.jpg", content, "image/jpeg", List.of());
        upload(ticket, "Canon_40D.jpg", content, "image/jpeg");
        JsonNode ready = awaitSettled(account, ticket.get("photoId").asText());
        assertThat(ready.get("status").asText()).isEqualTo("ready");
        byte[] page = new byte[content.length];
        Arrays.fill(page, (byte) ' ');
        byte[] script = "<html><script>alert(document.domain)</script>".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(script, 0, page, 0, script.length);

        upload(ticket, "Canon_40D.jpg", page, "image/jpeg");
        JsonNode later = uploadAndWait(account, "Nikon_D70.jpg", CameraPhotos.jpeg("Nikon_D70.jpg"), "image/jpeg",
                List.of());

        assertThat(later.get("status").asText()).isEqualTo("ready");
        JsonNode after = get(API + "/photos/" + ready.get("id").asText(), account.accessToken()).json();
        assertThat(withoutUrls(after)).isEqualTo(withoutUrls(ready));
        if (servesObjectUrls()) {
            ApiResponse original = client().fetch(URI.create(after.get("urls").get("original").asText()));
            assertThat(original.status()).isEqualTo(200);
            assertThat(original.header("Content-Type")).contains("image/jpeg");
            assertThat(original.body()).isEqualTo(content);
        }
    }

    private static JsonNode withoutUrls(JsonNode photo) {
        ObjectNode copy = photo.deepCopy();
        copy.remove("urls");
        return copy;
    }

    @Test
    void cameraPhotoWithGpsIsLocated() {
        Account account = newAccount("gps");

        JsonNode photo = uploadAndWait(account, "Kodak_CX7530.jpg", CameraPhotos.jpeg("Kodak_CX7530.jpg"),
                "image/jpeg", List.of());

        JsonNode exif = CameraPhotos.exiftool("Kodak_CX7530.jpg");
        assertThat(photo.get("location").get("latitude").asDouble())
                .isCloseTo(exif.get("GPSLatitude").asDouble(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(photo.get("location").get("longitude").asDouble())
                .isCloseTo(exif.get("GPSLongitude").asDouble(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Instant.parse(photo.get("takenAt").asText())).isEqualTo(exiftoolTime(exif));
    }

    @Test
    void uploadOfAFileTheCallerHasIsAConflictNamingIt() {
        Account account = newAccount("duplicate");
        byte[] content = CameraPhotos.jpeg("Nikon_D70.jpg");
        JsonNode photo = uploadAndWait(account, "Nikon_D70.jpg", content, "image/jpeg", List.of());

        ApiResponse response = postJson(API + "/uploads", account.accessToken(), json(Map.of(
                "fileName", "copy.jpg", "contentType", "image/jpeg", "size", content.length, "sha256", sha256(content))));

        JsonNode problem = problem(response, 409, "/problems/conflict");
        assertThat(problem.get("existingPhotoId").asText()).isEqualTo(photo.get("id").asText());
    }

    @Test
    void fileThatIsNotAnImageIsRejectedWithAReason() {
        Account account = newAccount("rejected");
        byte[] text = "these bytes only claim to be a photo\n".repeat(20).getBytes(StandardCharsets.UTF_8);

        JsonNode photo = uploadAndWait(account, "notes.jpg", text, "image/jpeg", List.of());

        assertThat(photo.get("status").asText()).isEqualTo("rejected");
        assertThat(photo.get("rejectionReason").asText()).isNotBlank();
        assertThat(photo.get("urls").isNull()).isTrue();
        assertThat(ids(list(account, "status=rejected"))).containsExactly(photo.get("id").asText());
        assertThat(ids(list(account, ""))).isEmpty();
    }

    // ---- listing

    @Test
    void everySortOrdersTheLibrary() {
        Library library = library();
        Map<String, Comparator<JsonNode>> keys = Map.of(
                "uploadedAt", Comparator.comparing(p -> Instant.parse(p.get("uploadedAt").asText())),
                "takenAt", Comparator.comparing(HttpApiContractTest::timeline),
                "name", Comparator.comparing(p -> p.get("fileName").asText().toLowerCase(Locale.ROOT)),
                "size", Comparator.comparingLong(p -> p.get("size").asLong()));

        keys.forEach((sort, key) -> {
            Comparator<JsonNode> ascending = key.thenComparing(p -> p.get("id").asText());
            for (String order : List.of("asc", "desc")) {
                List<JsonNode> expected = new ArrayList<>(library.photos());
                expected.sort(order.equals("asc") ? ascending : ascending.reversed());
                assertThat(ids(list(library.account(), "sort=" + sort + "&order=" + order)))
                        .as("sort=%s&order=%s", sort, order).containsExactlyElementsOf(ids(expected));
            }
        });
        assertThat(ids(list(library.account(), ""))).as("the default order: newest upload first")
                .containsExactlyElementsOf(ids(list(library.account(), "sort=uploadedAt&order=desc")));
    }

    @Test
    void tagFiltersKeepPhotosWithEveryTag() {
        Library library = library();

        assertThat(names(list(library.account(), "tag=sea")))
                .containsExactlyInAnyOrder("Canon_40D.jpg", "Nikon_D70.jpg", "Kodak_CX7530.jpg");
        assertThat(names(list(library.account(), "tag=sea&tag=summer")))
                .containsExactlyInAnyOrder("Canon_40D.jpg", "Kodak_CX7530.jpg");
        assertThat(names(list(library.account(), "tag=summer&tag=travel"))).isEmpty();
    }

    @Test
    void tagListCountsPhotosPerTagMostUsedFirst() {
        Library library = library();

        ApiResponse response = get(API + "/tags", library.account().accessToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("private, no-cache");
        List<String> counted = StreamSupport.stream(response.json().get("items").spliterator(), false)
                .map(item -> item.get("tag").asText() + "=" + item.get("count").asLong()).toList();
        assertThat(counted).containsExactly("sea=3", "summer=2", "travel=1");
    }

    @Test
    void takenAndUploadedRangesFilterTheLibrary() {
        Library library = library();
        List<Instant> uploaded = library.photos().stream().map(p -> Instant.parse(p.get("uploadedAt").asText()))
                .sorted().toList();
        Instant from = uploaded.get(1);
        Instant to = uploaded.get(3);
        List<String> expected = library.photos().stream().filter(p -> {
            Instant at = Instant.parse(p.get("uploadedAt").asText());
            return !at.isBefore(from) && at.isBefore(to);
        }).map(p -> p.get("id").asText()).toList();

        assertThat(names(list(library.account(), "takenFrom=2006-01-01&takenTo=2008-04-01")))
                .containsExactlyInAnyOrder("Nikon_D70.jpg", "Fujifilm_FinePix_E500.jpg");
        assertThat(names(list(library.account(), "takenFrom=2008-03-15T09:52:01Z&takenTo=2008-05-30")))
                .containsExactlyInAnyOrder("Nikon_D70.jpg", "Canon_40D.jpg");
        assertThat(names(list(library.account(), "takenTo=2006-01-01T00:00:00%2B01:00")))
                .containsExactly("Kodak_CX7530.jpg");
        assertThat(ids(list(library.account(), "uploadedFrom=" + encode(from.toString()) + "&uploadedTo="
                + encode(to.toString())))).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
        assertThat(ids(list(library.account(), "uploadedFrom=" + encode(uploaded.get(uploaded.size() - 1).plusSeconds(1).toString()))))
                .isEmpty();
    }

    @Test
    void typeAndNameFiltersNarrowTheLibrary() {
        Library library = library();

        assertThat(names(list(library.account(), "type=image/png"))).containsExactlyInAnyOrder("drawing.png", BEACH);
        assertThat(names(list(library.account(), "type=image/jpeg"))).hasSize(4).doesNotContain("drawing.png");
        assertThat(names(list(library.account(), "type=image/gif"))).isEmpty();
        assertThat(names(list(library.account(), "q=NIKON"))).containsExactly("Nikon_D70.jpg");
        assertThat(names(list(library.account(), "q=" + encode("\u00e9t\u00e9 \u00c0")))).containsExactly(BEACH);
        assertThat(names(list(library.account(), "q=fine&type=image/jpeg")))
                .containsExactly("Fujifilm_FinePix_E500.jpg");
    }

    @Test
    void cursorPagesCoverTheLibraryOnce() {
        Library library = library();
        List<String> byName = ids(list(library.account(), "sort=name&order=asc"));

        List<List<String>> pages = pages(library.account(), "sort=name&order=asc&limit=2");
        List<List<String>> seaPages = pages(library.account(), "tag=sea&sort=size&limit=1");

        assertThat(pages).hasSize(3);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(byName).doesNotHaveDuplicates();
        assertThat(seaPages).hasSize(3).allSatisfy(page -> assertThat(page).hasSize(1));
        assertThat(seaPages.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(ids(list(library.account(), "tag=sea&sort=size")));
    }

    @Test
    void badCursorsAreInvalidInput() {
        Library library = library();
        Account stranger = newAccount("stranger");
        String cursor = list(library.account(), "sort=name&limit=1").get("nextCursor").asText();

        for (ApiResponse response : List.of(
                get(API + "/photos?cursor=garbage", library.account().accessToken()),
                get(API + "/photos?cursor=" + encode("<not a cursor>"), library.account().accessToken()),
                get(API + "/photos?sort=size&limit=1&cursor=" + cursor, library.account().accessToken()),
                get(API + "/photos?sort=name&limit=1&cursor=" + cursor, stranger.accessToken()))) {
            assertThat(errorFields(problem(response, 400, "/problems/invalid-input"))).containsExactly("cursor");
        }
    }

    @Test
    void invalidQueryParametersAreListedTogether() {
        Account account = newAccount("params");

        ApiResponse response = get(API + "/photos?sort=colour&order=up&limit=0&status=gone&takenFrom=yesterday"
                + "&type=image/bmp&uploadedFrom=2024-05-02&uploadedTo=2024-05-01&colour=red", account.accessToken());

        JsonNode problem = problem(response, 400, "/problems/invalid-input");
        assertThat(errorFields(problem)).contains("sort", "order", "limit", "status", "takenFrom", "type",
                "uploadedTo", "colour");
        problem(get(API + "/photos?limit=201", account.accessToken()), 400, "/problems/invalid-input");
        problem(get(API + "/photos?limit=abc", account.accessToken()), 400, "/problems/invalid-input");
    }

    @Test
    void listAndPhotoAnswerNotModifiedToTheirEtag() {
        Account account = newAccount("etag");
        String id = uploadAndWait(account, "drawing.png", CameraPhotos.png(1), "image/png", List.of()).get("id").asText();

        ApiResponse photo = get(API + "/photos/" + id, account.accessToken());
        ApiResponse listing = get(API + "/photos", account.accessToken());
        String photoTag = photo.header("ETag").orElseThrow();
        String listTag = listing.header("ETag").orElseThrow();

        assertThat(photo.header("Cache-Control")).contains("private, no-cache");
        assertThat(photoTag).matches("\"[^\"]+\"");
        ApiResponse photoAgain = conditional(API + "/photos/" + id, account, photoTag);
        ApiResponse listAgain = conditional(API + "/photos", account, listTag);
        assertThat(photoAgain.status()).isEqualTo(304);
        assertThat(photoAgain.body()).isEmpty();
        assertThat(photoAgain.header("ETag")).contains(photoTag);
        assertThat(listAgain.status()).isEqualTo(304);
        assertThat(conditional(API + "/photos/" + id, account, "\"something-else\"").status()).isEqualTo(200);
        patch(account, id, json(Map.of("title", "Changed")));
        assertThat(conditional(API + "/photos/" + id, account, photoTag).status()).isEqualTo(200);
        assertThat(conditional(API + "/photos", account, listTag).status()).isEqualTo(200);
    }

    // ---- one photo

    @Test
    void patchSetsClearsAndEditsTags() {
        Account account = newAccount("patch");
        String id = uploadAndWait(account, "drawing.png", CameraPhotos.png(2), "image/png", List.of("old", "keep"))
                .get("id").asText();

        JsonNode set = patch(account, id, json(Map.of("title", "Dunes", "description", "Evening light",
                "addTags", List.of("new"), "removeTags", List.of("old"))));
        JsonNode replaced = patch(account, id, json(Map.of("tags", List.of("alpha", "beta"))));
        Map<String, Object> clear = new HashMap<>();
        clear.put("title", null);
        JsonNode cleared = patch(account, id, json(clear));
        Map<String, Object> noTags = new HashMap<>();
        noTags.put("tags", null);
        JsonNode untagged = patch(account, id, json(noTags));
        JsonNode retagged = patch(account, id, json(Map.of("tags", List.of("alpha", "beta"))));

        assertThat(set.get("title").asText()).isEqualTo("Dunes");
        assertThat(set.get("description").asText()).isEqualTo("Evening light");
        assertThat(texts(set.get("tags"))).containsExactlyInAnyOrder("keep", "new");
        assertThat(texts(replaced.get("tags"))).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(cleared.get("title").isNull()).isTrue();
        assertThat(cleared.get("description").asText()).isEqualTo("Evening light");
        assertThat(untagged.get("tags")).as("null clears the tags").isEmpty();
        assertThat(untagged.get("description").asText()).isEqualTo("Evening light");
        assertThat(get(API + "/photos/" + id, account.accessToken()).json()).isEqualTo(retagged);
        assertThat(names(list(account, "tag=alpha"))).containsExactly("drawing.png");
        assertThat(get(API + "/tags", account.accessToken()).json().get("items")).hasSize(2);
    }

    @Test
    void deletedPhotoIsGoneWithItsFiles() {
        Account account = newAccount("delete");
        JsonNode photo = uploadAndWait(account, "Sony_HDR-HC3.jpg", CameraPhotos.jpeg("Sony_HDR-HC3.jpg"),
                "image/jpeg", List.of("gone"));
        String id = photo.get("id").asText();

        ApiResponse response = call("DELETE", API + "/photos/" + id, account.accessToken());

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        problem(get(API + "/photos/" + id, account.accessToken()), 404, "/problems/not-found");
        problem(call("DELETE", API + "/photos/" + id, account.accessToken()), 404, "/problems/not-found");
        assertThat(ids(list(account, ""))).isEmpty();
        assertThat(get(API + "/tags", account.accessToken()).json().get("items")).isEmpty();
        if (servesObjectUrls()) {
            for (String kind : List.of("thumbnail", "preview", "original")) {
                URI url = URI.create(photo.get("urls").get(kind).asText());
                await().atMost(ingestTimeout()).untilAsserted(() ->
                        assertThat(client().fetch(url).status()).as(kind).isBetween(400, 499));
            }
        }
    }

    @Test
    void anotherUsersPhotoIsNotFoundAndStaysUnchanged() {
        Account owner = newAccount("owner");
        Account other = newAccount("other");
        JsonNode photo = uploadAndWait(owner, "drawing.png", CameraPhotos.png(3), "image/png", List.of("mine"));
        String path = API + "/photos/" + photo.get("id").asText();

        problem(get(path, other.accessToken()), 404, "/problems/not-found");
        problem(send("PATCH", path, other.accessToken(), "application/json", json(Map.of("title", "Stolen"))), 404,
                "/problems/not-found");
        problem(call("DELETE", path, other.accessToken()), 404, "/problems/not-found");

        assertThat(ids(list(other, ""))).isEmpty();
        assertThat(get(API + "/tags", other.accessToken()).json().get("items")).isEmpty();
        assertThat(get(path, owner.accessToken()).json()).isEqualTo(photo);
    }

    @Test
    void malformedPhotoIdsAreInvalidAndUnknownOnesNotFound() {
        Account account = newAccount("ids");

        for (String method : List.of("GET", "DELETE")) {
            JsonNode bad = problem(call(method, API + "/photos/not-a-photo-id", account.accessToken()), 400,
                    "/problems/invalid-input");
            assertThat(errorFields(bad)).containsExactly("id");
            problem(call(method, API + "/photos/" + UNKNOWN_PHOTO_ID, account.accessToken()), 404,
                    "/problems/not-found");
        }
        problem(send("PATCH", API + "/photos/not-a-photo-id", account.accessToken(), "application/json", "{}"), 400,
                "/problems/invalid-input");
        problem(send("PATCH", API + "/photos/" + UNKNOWN_PHOTO_ID, account.accessToken(), "application/json",
                json(Map.of("title", "x"))), 404, "/problems/not-found");
    }

    // ---- CORS and headers

    @Test
    void corsPreflightIsAnsweredForTheAllowedOriginOnly() {
        ApiResponse allowed = preflight(allowedOrigin());
        ApiResponse refused = preflight(OTHER_ORIGIN);

        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.header("Access-Control-Allow-Origin")).contains(allowedOrigin());
        assertThat(list(allowed.header("Access-Control-Allow-Methods").orElse(""))).contains("GET", "PATCH", "DELETE");
        assertThat(list(allowed.header("Access-Control-Allow-Headers").orElse("").toLowerCase(Locale.ROOT)))
                .contains("authorization", "content-type");
        problem(refused, 403, "/problems/forbidden");
        assertThat(refused.header("Access-Control-Allow-Origin")).isEmpty();
        ApiResponse simple = send("GET", API + "/openapi.json", Map.of("Origin", allowedOrigin()), new byte[0]);
        ApiResponse foreign = send("GET", API + "/openapi.json", Map.of("Origin", OTHER_ORIGIN), new byte[0]);
        assertThat(simple.header("Access-Control-Allow-Origin")).contains(allowedOrigin());
        assertThat(list(simple.header("Access-Control-Expose-Headers").orElse(""))).contains("ETag", "X-Request-Id");
        assertThat(simple.header("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Origin"));
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (ApiResponse response : List.of(get(API + "/openapi.json", null), get(API + "/albums", null),
                get(API + "/tags", null))) {
            assertThat(response.header("X-Content-Type-Options")).as("%s", response).contains("nosniff");
            assertThat(response.header("Referrer-Policy")).as("%s", response).contains("no-referrer");
            assertThat(response.header("X-Frame-Options")).as("%s", response).contains("DENY");
            assertThat(response.header("Content-Security-Policy")).as("%s", response)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("default-src 'none'"));
            assertThat(response.header("X-Request-Id")).as("%s", response).isPresent();
        }
    }

    @Test
    void openApiDocumentIsServed() {
        ApiResponse response = get(API + "/openapi.json", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.json().get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(response.json().get("paths").has("/api/v1/photos/{id}")).isTrue();
    }

    // ---- error paths

    @Test
    void malformedJsonIsInvalidInput() {
        for (String body : List.of("{\"username\":", "[]", "null", "\"text\"", "{} {}", "")) {
            JsonNode problem = problem(send("POST", API + "/users", null, "application/json", body), 400,
                    "/problems/invalid-input");
            assertThat(errorFields(problem)).as(body).containsExactly("body");
        }
    }

    @Test
    void unknownFieldsAreInvalidInput() {
        Account account = newAccount("unknown");

        JsonNode signUp = problem(postJson(API + "/users", null, json(Map.of("username", freshUsername("x"),
                "password", PASSWORD, "admin", true))), 400, "/problems/invalid-input");
        JsonNode upload = problem(postJson(API + "/uploads", account.accessToken(), json(Map.of("fileName", "a.jpg",
                "contentType", "image/jpeg", "size", 10, "key", "users/x/originals/y"))), 400, "/problems/invalid-input");
        JsonNode refresh = problem(postJson(API + "/sessions/refresh", null, json(Map.of("refreshToken", "x",
                "userId", "y"))), 400, "/problems/invalid-input");

        assertThat(errorFields(signUp)).containsExactly("admin");
        assertThat(errorFields(upload)).containsExactly("key");
        assertThat(errorFields(refresh)).containsExactly("userId");
    }

    @Test
    void wrongTypesAreInvalidInput() {
        Account account = newAccount("types");
        String id = uploadAndWait(account, "drawing.png", CameraPhotos.png(4), "image/png", List.of()).get("id").asText();

        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        responses.put("username", postJson(API + "/users", null, "{\"username\":42,\"password\":\"" + PASSWORD + "\"}"));
        responses.put("size", postJson(API + "/uploads", account.accessToken(),
                "{\"fileName\":\"a.jpg\",\"contentType\":\"image/jpeg\",\"size\":\"12\"}"));
        responses.put("tags", send("PATCH", API + "/photos/" + id, account.accessToken(), "application/json",
                "{\"tags\":\"sea\"}"));
        responses.put("title", send("PATCH", API + "/photos/" + id, account.accessToken(), "application/json",
                "{\"title\":5}"));
        responses.put("addTags[0]", send("PATCH", API + "/photos/" + id, account.accessToken(), "application/json",
                "{\"addTags\":[1]}"));

        responses.forEach((field, response) -> assertThat(errorFields(problem(response, 400,
                "/problems/invalid-input"))).as(field).containsExactly(field));
        problem(send("PATCH", API + "/photos/" + id, account.accessToken(), "application/json",
                "{\"title\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}"), 400, "/problems/invalid-input");
        problem(postJson(API + "/uploads", account.accessToken(), "{\"fileName\":\"a.jpg\",\"contentType\":"
                + "\"image/jpeg\",\"size\":99999999999999999999999}"), 400, "/problems/invalid-input");
    }

    @Test
    void bodiesOverSixtyFourKibibytesAreTooLarge() {
        Account account = newAccount("large");
        String padding = "a".repeat(64 * 1024);

        problem(postJson(API + "/users", null, json(Map.of("username", padding, "password", PASSWORD))), 413,
                "/problems/payload-too-large");
        problem(postJson(API + "/uploads", account.accessToken(), json(Map.of("fileName", padding,
                "contentType", "image/jpeg", "size", 10))), 413, "/problems/payload-too-large");
        problem(send("PATCH", API + "/photos/" + UNKNOWN_PHOTO_ID, account.accessToken(), "application/json",
                json(Map.of("description", padding))), 413, "/problems/payload-too-large");
    }

    @Test
    void otherMediaTypesAreUnsupported() {
        String credentials = json(Map.of("username", freshUsername("media"), "password", PASSWORD));

        problem(send("POST", API + "/users", null, "text/plain", credentials), 415, "/problems/unsupported-media-type");
        problem(send("POST", API + "/users", null, "application/x-www-form-urlencoded", "username=a&password=b"), 415,
                "/problems/unsupported-media-type");
        problem(send("POST", API + "/sessions", Map.of(), credentials.getBytes(StandardCharsets.UTF_8)), 415,
                "/problems/unsupported-media-type");
        assertThat(send("POST", API + "/users", null, "application/json; charset=utf-8", credentials).status())
                .isEqualTo(201);
    }

    @Test
    void missingGarbageAndExpiredTokensAreUnauthorized() {
        Account account = newAccount("tokens");
        List<Map<String, String>> headers = List.of(Map.of(),
                Map.of("Authorization", "Bearer"),
                Map.of("Authorization", "Bearer garbage"),
                Map.of("Authorization", "Basic " + account.accessToken()),
                Map.of("Authorization", "Bearer " + account.accessToken() + "x"),
                Map.of("Authorization", "Bearer " + expiredLookingToken()));

        for (Map<String, String> header : headers) {
            for (String path : List.of(API + "/tags", API + "/photos", API + "/photos/" + UNKNOWN_PHOTO_ID)) {
                unauthorized(send("GET", path, header, new byte[0]));
            }
            unauthorized(send("DELETE", API + "/sessions/current", header, new byte[0]));
        }
    }

    @Test
    void tokenInTheQueryStringIsIgnored() {
        Account account = newAccount("query");

        unauthorized(get(API + "/tags?access_token=" + account.accessToken(), null));
        unauthorized(get(API + "/photos?access_token=" + account.accessToken(), null));
        assertThat(get(API + "/tags", account.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void unknownPathsAreNotFound() {
        for (String path : List.of(API + "/albums", API + "/photos/" + UNKNOWN_PHOTO_ID + "/comments", API + "/photo",
                API + "/users/me")) {
            problem(get(path, null), 404, "/problems/not-found");
        }
    }

    @Test
    void wrongMethodsAreNotAllowedAndNameTheAllowedOnes() {
        Map<String, Set<String>> allowed = Map.of(
                API + "/photos/" + UNKNOWN_PHOTO_ID, Set.of("GET", "PATCH", "DELETE"),
                API + "/users", Set.of("POST"),
                API + "/tags", Set.of("GET"),
                API + "/sessions", Set.of("POST", "DELETE"));
        Map<String, String> wrong = Map.of(API + "/photos/" + UNKNOWN_PHOTO_ID, "PUT", API + "/users", "GET",
                API + "/tags", "POST", API + "/sessions", "GET");

        allowed.forEach((path, methods) -> {
            ApiResponse response = send(wrong.get(path), path, Map.of(), new byte[0]);
            problem(response, 405, "/problems/method-not-allowed");
            assertThat(new HashSet<>(list(response.header("Allow").orElse("")))).as(path).isEqualTo(methods);
        });
    }

    // ---- the shared library of the listing tests

    /** A user's ready photos, uploaded once for the listing tests. */
    private record Library(Account account, List<JsonNode> photos) {
    }

    private Library library() {
        if (library == null) {
            Account account = newAccount("library");
            List<JsonNode> photos = new ArrayList<>();
            photos.add(uploadAndWait(account, "Canon_40D.jpg", CameraPhotos.jpeg("Canon_40D.jpg"), "image/jpeg",
                    List.of("sea", "summer")));
            photos.add(uploadAndWait(account, "Nikon_D70.jpg", CameraPhotos.jpeg("Nikon_D70.jpg"), "image/jpeg",
                    List.of("sea")));
            photos.add(uploadAndWait(account, "Kodak_CX7530.jpg", CameraPhotos.jpeg("Kodak_CX7530.jpg"),
                    "image/jpeg", List.of("sea", "summer")));
            photos.add(uploadAndWait(account, "Fujifilm_FinePix_E500.jpg",
                    CameraPhotos.jpeg("Fujifilm_FinePix_E500.jpg"), "image/jpeg", List.of("travel")));
            photos.add(uploadAndWait(account, "drawing.png", CameraPhotos.png(0), "image/png", List.of()));
            photos.add(uploadAndWait(account, BEACH, CameraPhotos.png(5), "image/png", List.of()));
            assertThat(photos).allSatisfy(photo -> assertThat(photo.get("status").asText()).isEqualTo("ready"));
            library = new Library(account, List.copyOf(photos));
        }
        return library;
    }

    // ---- helpers

    /** A signed-up, logged-in user. */
    private record Account(String username, String accessToken, String refreshToken) {
        @Override
        public String toString() {
            return "Account[" + username + "]";
        }
    }

    private ApiClient client() {
        if (client == null) {
            URI document = baseUri().resolve(API + "/openapi.json");
            ApiResponse response = new ApiClient(baseUri(), null).fetch(document);
            assertThat(response.status()).as("GET %s", document).isEqualTo(200);
            validator = new OpenApiResponseValidator(response.json());
            client = new ApiClient(baseUri(), validator);
        }
        return client;
    }

    private static String freshUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private Account newAccount(String prefix) {
        String username = freshUsername(prefix);
        assertThat(signUp(username, PASSWORD).status()).as("sign up").isEqualTo(201);
        ApiResponse login = logIn(username, PASSWORD);
        assertThat(login.status()).as("log in").isEqualTo(201);
        return new Account(username, login.json().get("accessToken").asText(),
                login.json().get("refreshToken").asText());
    }

    private Account logInAgain(Account account) {
        ApiResponse login = logIn(account.username(), PASSWORD);
        assertThat(login.status()).as("log in").isEqualTo(201);
        return new Account(account.username(), login.json().get("accessToken").asText(),
                login.json().get("refreshToken").asText());
    }

    /** The routes of every function that authenticates: the library, the tags, an upload request, log-out. */
    private List<ApiResponse> authenticatedCalls(String accessToken) {
        return List.of(get(API + "/photos", accessToken), get(API + "/tags", accessToken),
                get(API + "/photos/" + UNKNOWN_PHOTO_ID, accessToken),
                postJson(API + "/uploads", accessToken, "{}"));
    }

    private void assertOpens(String accessToken) {
        assertThat(get(API + "/photos", accessToken).status()).isEqualTo(200);
        assertThat(get(API + "/tags", accessToken).status()).isEqualTo(200);
        assertThat(postJson(API + "/uploads", accessToken, "{}").status()).as("an upload request is read").isEqualTo(400);
    }

    private void assertRefusedWithinOneSecond(String accessToken) {
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50)).until(() ->
                authenticatedCalls(accessToken).stream().allMatch(response -> response.status() == 401));
        authenticatedCalls(accessToken).forEach(HttpApiContractTest::unauthorized);
        unauthorized(call("DELETE", API + "/sessions/current", accessToken));
        unauthorized(call("DELETE", API + "/sessions", accessToken));
    }

    private ApiResponse signUp(String username, String password) {
        return postJson(API + "/users", null, json(Map.of("username", username, "password", password)));
    }

    private ApiResponse logIn(String username, String password) {
        return postJson(API + "/sessions", null, json(Map.of("username", username, "password", password)));
    }

    private ApiResponse refresh(String refreshToken) {
        return postJson(API + "/sessions/refresh", null, json(Map.of("refreshToken", refreshToken)));
    }

    private JsonNode uploadAndWait(Account account, String fileName, byte[] content, String contentType,
                                   List<String> tags) {
        JsonNode ticket = requestUpload(account, fileName, content, contentType, tags);
        upload(ticket, fileName, content, contentType);
        return awaitSettled(account, ticket.get("photoId").asText());
    }

    private JsonNode requestUpload(Account account, String fileName, byte[] content, String contentType,
                                   List<String> tags) {
        ApiResponse response = postJson(API + "/uploads", account.accessToken(), json(Map.of("fileName", fileName,
                "contentType", contentType, "size", content.length, "tags", tags)));
        assertThat(response.status()).as("upload request").isEqualTo(201);
        return response.json();
    }

    private JsonNode awaitSettled(Account account, String photoId) {
        String path = API + "/photos/" + photoId;
        Predicate<JsonNode> settled = photo -> !photo.path("status").asText().equals("pending");
        return await().atMost(ingestTimeout()).pollInterval(Duration.ofMillis(100))
                .until(() -> get(path, account.accessToken()).json(), settled);
    }

    private JsonNode list(Account account, String query) {
        ApiResponse response = get(API + "/photos" + (query.isEmpty() ? "" : "?" + query), account.accessToken());
        assertThat(response.status()).as("GET /photos?%s", query).isEqualTo(200);
        return response.json();
    }

    private List<List<String>> pages(Account account, String query) {
        List<List<String>> pages = new ArrayList<>();
        JsonNode page = list(account, query);
        pages.add(ids(page));
        while (!page.get("nextCursor").isNull() && pages.size() < 50) {
            page = list(account, query + "&cursor=" + encode(page.get("nextCursor").asText()));
            pages.add(ids(page));
        }
        return pages;
    }

    private JsonNode patch(Account account, String id, String body) {
        ApiResponse response = send("PATCH", API + "/photos/" + id, account.accessToken(), "application/json", body);
        assertThat(response.status()).as("PATCH %s", body).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("private, no-cache");
        return response.json();
    }

    private ApiResponse conditional(String path, Account account, String etag) {
        return send("GET", path, Map.of("Authorization", "Bearer " + account.accessToken(), "If-None-Match", etag),
                new byte[0]);
    }

    private ApiResponse preflight(String origin) {
        return send("OPTIONS", API + "/photos/" + UNKNOWN_PHOTO_ID, Map.of("Origin", origin,
                "Access-Control-Request-Method", "PATCH",
                "Access-Control-Request-Headers", "authorization, content-type"), new byte[0]);
    }

    private ApiResponse get(String path, String token) {
        return call("GET", path, token);
    }

    private ApiResponse call(String method, String path, String token) {
        return send(method, path, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token), new byte[0]);
    }

    private ApiResponse postJson(String path, String token, String body) {
        return send("POST", path, token, "application/json", body);
    }

    private ApiResponse send(String method, String path, String token, String contentType, String body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", contentType);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return send(method, path, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private ApiResponse send(String method, String path, Map<String, String> headers, byte[] body) {
        ApiResponse response = client().send(method, path, headers, body);
        assertThat(response.status()).as("%s never fails on the server", response).isLessThan(500);
        return response;
    }

    private void assertServesJpeg(JsonNode url) {
        ApiResponse response = client().fetch(URI.create(url.asText()));
        assertThat(response.status()).as("GET %s", url).isEqualTo(200);
        assertThat(response.header("Content-Type")).contains("image/jpeg");
        assertThat(response.body()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(response.header("Cache-Control")).as("a private photo's image is kept by the browser only")
                .hasValueSatisfying(value -> assertThat(value).startsWith("private").doesNotContain("public"));
        try {
            assertThat(ImageIO.read(new ByteArrayInputStream(response.body()))).isNotNull();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the response is the documented problem and returns its body. */
    private static JsonNode problem(ApiResponse response, int status, String type) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("%s", response).contains("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("type").asText()).isEqualTo(type);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").isTextual()).isTrue();
        assertThat(body.get("errors").isArray()).isTrue();
        return body;
    }

    private static JsonNode unauthorized(ApiResponse response) {
        JsonNode body = problem(response, 401, "/problems/unauthorized");
        assertThat(response.header("WWW-Authenticate")).as("%s", response)
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        return body;
    }

    private static Instant exiftoolTime(JsonNode exif) {
        LocalDateTime local = LocalDateTime.parse(exif.get("DateTimeOriginal").asText(),
                DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss"));
        JsonNode offset = exif.get("OffsetTimeOriginal");
        return local.toInstant(offset == null ? ZoneOffset.UTC : ZoneOffset.of(offset.asText()));
    }

    private static Instant timeline(JsonNode photo) {
        JsonNode taken = photo.get("takenAt");
        return Instant.parse((taken.isNull() ? photo.get("uploadedAt") : taken).asText());
    }

    private static String expiredLookingToken() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}"
                .getBytes(StandardCharsets.UTF_8));
        String payload = encoder.encodeToString(("{\"sub\":\"" + UUID.randomUUID() + "\",\"iss\":\"photostore\","
                + "\"aud\":\"photostore\",\"iat\":" + OffsetDateTime.parse("2001-09-09T01:30:00Z").toEpochSecond()
                + ",\"exp\":1000000900}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + encoder.encodeToString(new byte[32]);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> errorFields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> ids(JsonNode page) {
        return ids(StreamSupport.stream(page.get("items").spliterator(), false).toList());
    }

    private static List<String> ids(List<JsonNode> photos) {
        return photos.stream().map(photo -> photo.get("id").asText()).toList();
    }

    private static List<String> names(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(photo -> photo.get("fileName").asText()).toList();
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String json(Map<String, ?> body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
