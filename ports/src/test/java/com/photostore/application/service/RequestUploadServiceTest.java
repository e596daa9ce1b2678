package com.photostore.application.service;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.error.ConflictException;
import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.FileName;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tags;
import com.photostore.domain.photo.UploadForm;
import com.photostore.domain.session.Principal;
import com.photostore.domain.user.UserId;
import com.photostore.domain.session.SessionId;
import com.photostore.port.in.RequestUploadCommand;
import com.photostore.port.in.UploadTicket;
import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.fake.SequentialIdGenerator;
import com.photostore.port.out.fake.UploadRefusedException;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class RequestUploadServiceTest {
    private final ServiceHarness harness = new ServiceHarness();
    private final Principal alice = harness.newUser("alice");

    @Test
    void recordsAPendingPhotoAsDeclared() {
        byte[] file = ServiceHarness.jpeg("beach");
        RequestUploadCommand command = new RequestUploadCommand("C:\\Users\\alice\\Beach.JPG", "image/jpeg",
                (long) file.length, Sha256.of(file).hex().toUpperCase(), "  At the beach ", List.of("Summer", "beach"));

        UploadTicket ticket = harness.requestUpload.request(alice, command);

        Photo photo = harness.stored(alice, ticket.photoId());
        assertThat(photo.status()).isEqualTo(PhotoStatus.PENDING);
        assertThat(photo.fileName()).isEqualTo(new FileName("Beach.JPG"));
        assertThat(photo.contentType()).isEqualTo(ContentType.JPEG);
        assertThat(photo.size()).isEqualTo(file.length);
        assertThat(photo.sha256()).isEqualTo(Sha256.of(file));
        assertThat(photo.title().value()).isEqualTo("At the beach");
        assertThat(photo.tags().strings()).containsExactly("beach", "summer");
        assertThat(photo.uploadedAt()).isEqualTo(harness.fakes.clock().now());
        assertThat(photo.pendingUntil()).isEqualTo(harness.fakes.clock().now().plus(Duration.ofMinutes(30)));
    }

    @Test
    void theServerChoosesTheObjectKey() {
        RequestUploadCommand command = new RequestUploadCommand("../../users/someone-else/originals/x", "image/png",
                100L, null, null, List.of());

        UploadTicket ticket = harness.requestUpload.request(alice, command);

        String expectedKey = "uploads/" + alice.userId() + "/" + ticket.photoId();
        assertThat(ticket.form().fields()).containsEntry("key", expectedKey).containsEntry("Content-Type", "image/png");
        assertThat(PhotoObjectKeys.of(alice.userId(), ticket.photoId()).upload().value()).isEqualTo(expectedKey);
        assertThat(harness.stored(alice, ticket.photoId()).fileName().value()).isEqualTo("x");
    }

    @Test
    void theFormAcceptsExactlyTheDeclaredFileForTheFormsLifetime() {
        harness.fakes.settings().set(SettingNames.UPLOAD_FORM_LIFETIME, "PT5M");
        byte[] file = ServiceHarness.jpeg("exact");
        UploadTicket ticket = harness.requestUpload.request(alice, ServiceHarness.uploadOf("a.jpg", file, List.of()));

        assertThat(ticket.form().expiresAt()).isEqualTo(harness.fakes.clock().now().plus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> harness.fakes.storage().acceptUpload(ticket.form(), Arrays.copyOf(file, file.length + 1)))
                .isInstanceOf(UploadRefusedException.class);
        assertThatThrownBy(() -> harness.fakes.storage().acceptUpload(withField(ticket.form(), "key", "uploads/x/y"), file))
                .isInstanceOf(UploadRefusedException.class);

        harness.fakes.storage().acceptUpload(ticket.form(), file);
        assertThat(harness.storedKeys()).containsExactly("uploads/" + alice.userId() + "/" + ticket.photoId());
    }

    @Test
    void carriesThePhotoIdNameAndTagsAsAsciiMetadata() {
        RequestUploadCommand command = new RequestUploadCommand("Ünïcode photo, 1.jpg", "image/jpeg", 10L, null, null,
                List.of("été", "a,b", "zoo"));

        UploadTicket ticket = harness.requestUpload.request(alice, command);

        Map<String, String> fields = ticket.form().fields();
        assertThat(fields).containsEntry("x-amz-meta-photo-id", ticket.photoId().value())
                .containsEntry("x-amz-meta-original-name", "%C3%9Cn%C3%AFcode%20photo%2C%201.jpg")
                .containsEntry("x-amz-meta-tags", "a%2Cb,zoo,%C3%A9t%C3%A9");
        assertThat(fields.values()).allSatisfy(value -> assertThat(value).matches("\\p{ASCII}*"));
        assertThat(Arrays.stream(fields.get("x-amz-meta-tags").split(","))
                .map(tag -> URLDecoder.decode(tag, StandardCharsets.UTF_8))).containsExactly("a,b", "zoo", "été");
    }

    @Test
    void keepsLongNamesAndManyTagsWithinTheMetadataLimit() {
        List<String> tags = new java.util.ArrayList<>();
        for (int i = 0; i < Tags.MAX_PER_PHOTO; i++) {
            tags.add("ü".repeat(30) + i);
        }
        RequestUploadCommand command = new RequestUploadCommand("é".repeat(255), "image/jpeg", 10L, null, null, tags);

        Map<String, String> fields = harness.requestUpload.request(alice, command).form().fields();

        int metadataLength = fields.entrySet().stream().filter(e -> e.getKey().startsWith("x-amz-meta-"))
                .mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
        assertThat(metadataLength).isLessThanOrEqualTo(2048);
        assertThat(URLDecoder.decode(fields.get("x-amz-meta-original-name"), StandardCharsets.UTF_8)).startsWith("ééé");
        assertThat(fields.get("x-amz-meta-tags").split(",")).isNotEmpty()
                .allSatisfy(tag -> assertThat(tags).contains(URLDecoder.decode(tag, StandardCharsets.UTF_8)));
    }

    @Test
    void reportsEveryInvalidFieldAtOnceAndRecordsNothing() {
        RequestUploadCommand command = new RequestUploadCommand("  ", "text/html", 0L, "xyz", "bad\u0000title",
                List.of("ok", ""));

        assertThatThrownBy(() -> harness.requestUpload.request(alice, command))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("fileName", "contentType", "size", "sha256", "title", "tags[1]"));
        assertThat(harness.fakes.catalog().size()).isZero();
    }

    @Test
    void requiresASize() {
        assertThatThrownBy(() -> harness.requestUpload.request(alice,
                new RequestUploadCommand("a.jpg", "image/jpeg", null, null, null, null)))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.errors()).containsExactly(new FieldError("size", "is required")));
    }

    @Test
    void refusesFilesLargerThanTheSetting() {
        harness.fakes.settings().set(SettingNames.UPLOAD_MAX_BYTES, "1000");

        assertThat(harness.requestUpload.request(alice, new RequestUploadCommand("a.jpg", "image/jpeg", 1000L, null,
                null, null)).photoId()).isNotNull();
        assertThatThrownBy(() -> harness.requestUpload.request(alice,
                new RequestUploadCommand("b.jpg", "image/jpeg", 1001L, null, null, null)))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("size")));
    }

    @Test
    void namesThePhotoAlreadyHoldingTheSameContent() {
        byte[] file = ServiceHarness.jpeg("same");
        String sha = Sha256.of(file).hex();
        UploadTicket first = harness.requestUpload.request(alice,
                new RequestUploadCommand("one.jpg", "image/jpeg", (long) file.length, sha, null, null));

        assertThatThrownBy(() -> harness.requestUpload.request(alice,
                new RequestUploadCommand("two.jpg", "image/jpeg", (long) file.length, sha, null, null)))
                .asInstanceOf(type(ConflictException.class))
                .satisfies(e -> assertThat(e.details()).containsExactly(
                        Map.entry(RequestUploadService.EXISTING_PHOTO_ID, first.photoId().value())));
        assertThat(harness.fakes.catalog().size()).isEqualTo(1);
        Principal bob = harness.newUser("bob");
        assertThat(harness.requestUpload.request(bob,
                new RequestUploadCommand("mine.jpg", "image/jpeg", (long) file.length, sha, null, null)).photoId())
                .isNotEqualTo(first.photoId());
    }

    @Test
    void triesAnotherIdWhenOneIsTaken() {
        SequentialIdGenerator ids = new SequentialIdGenerator(harness.fakes.clock());
        SequentialIdGenerator twin = new SequentialIdGenerator(harness.fakes.clock());
        PhotoId taken = twin.newPhotoId();
        harness.fakes.catalog().createPending(Photo.pending(taken, new UserId(java.util.UUID.randomUUID()),
                FileName.sanitised("other.jpg"), ContentType.JPEG, 1, null, null, Tags.NONE,
                harness.fakes.clock().now(), harness.fakes.clock().now().plusSeconds(60)));
        RequestUploadService service = new RequestUploadService(harness.fakes.catalog(), harness.fakes.storage(), ids,
                harness.fakes.clock(), harness.fakes.settings());

        UploadTicket ticket = service.request(alice, ServiceHarness.uploadOf("a.jpg", ServiceHarness.jpeg("a"), null));

        assertThat(ticket.photoId()).isEqualTo(twin.newPhotoId());
        assertThat(harness.stored(alice, ticket.photoId()).status()).isEqualTo(PhotoStatus.PENDING);
    }

    @Test
    void givesUpWhenEveryIdIsTaken() {
        PhotoId always = harness.fakes.ids().newPhotoId();
        harness.fakes.catalog().createPending(Photo.pending(always, alice.userId(), FileName.sanitised("a.jpg"),
                ContentType.JPEG, 1, null, null, Tags.NONE, harness.fakes.clock().now(),
                harness.fakes.clock().now().plusSeconds(60)));
        RequestUploadService service = new RequestUploadService(harness.fakes.catalog(), harness.fakes.storage(),
                new FixedPhotoIds(always), harness.fakes.clock(), harness.fakes.settings());

        assertThatThrownBy(() -> service.request(alice, ServiceHarness.uploadOf("b.jpg", ServiceHarness.jpeg("b"), null)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(harness.fakes.catalog().size()).isEqualTo(1);
    }

    private static UploadForm withField(UploadForm form, String name, String value) {
        Map<String, String> fields = new HashMap<>(form.fields());
        fields.put(name, value);
        return new UploadForm(form.url(), fields, form.expiresAt());
    }

    /** Hands out the same photo id every time, as a generator would if every id it made were taken. */
    private record FixedPhotoIds(PhotoId id) implements IdGenerator {
        @Override
        public UserId newUserId() {
            throw new AssertionError("an upload request creates no user");
        }

        @Override
        public PhotoId newPhotoId() {
            return id;
        }

        @Override
        public SessionId newSessionId() {
            throw new AssertionError("an upload request creates no session");
        }
    }
}
