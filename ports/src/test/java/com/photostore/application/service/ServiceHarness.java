package com.photostore.application.service;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.IngestOutcome;
import com.photostore.port.in.LogInCommand;
import com.photostore.port.in.RegisterUserCommand;
import com.photostore.port.in.RequestUploadCommand;
import com.photostore.port.in.SessionTokens;
import com.photostore.port.in.UploadTicket;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.fake.Fakes;
import com.photostore.port.out.fake.ImageSignatures;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Every service wired to one set of in-memory fakes, with shortcuts to sign up, log in and upload. */
final class ServiceHarness {
    static final String PASSWORD = "correct horse battery staple";
    static final String CLIENT_ADDRESS = "203.0.113.7";

    final Fakes fakes = new Fakes();
    final List<ObjectCreatedEvent> events = new ArrayList<>();

    final RegisterUserService registerUser = new RegisterUserService(fakes.users(), fakes.hasher(), fakes.strength(),
            fakes.ids(), fakes.clock(), fakes.rateLimiter(), fakes.securityEvents(), fakes.random(), fakes.settings());
    final LogInService logIn = new LogInService(fakes.users(), fakes.hasher(), fakes.rateLimiter(), fakes.sessions(),
            fakes.tokens(), fakes.secrets(), fakes.securityEvents(), fakes.ids(), fakes.random(), fakes.clock(),
            fakes.settings());
    final RefreshSessionService refreshSession = new RefreshSessionService(fakes.sessions(), fakes.revokedSessions(),
            new SecurityAlarm(fakes.securityEvents(), fakes.alerts()), fakes.tokens(),
            fakes.random(), fakes.clock(), fakes.settings());
    final LogOutService logOut = new LogOutService(fakes.sessions(), fakes.revokedSessions(), fakes.clock(),
            fakes.settings());
    final LogOutEverywhereService logOutEverywhere = new LogOutEverywhereService(fakes.sessions(),
            fakes.revokedSessions(), fakes.clock(), fakes.settings());
    final AuthenticateRequestService authenticate = new AuthenticateRequestService(fakes.tokens(),
            fakes.revokedSessions(), fakes.securityEvents(), fakes.clock());
    final RequestUploadService requestUpload = new RequestUploadService(fakes.catalog(), fakes.storage(), fakes.ids(),
            fakes.clock(), fakes.settings());
    final IngestUploadedObjectService ingest = new IngestUploadedObjectService(fakes.catalog(), fakes.storage(),
            fakes.images(), fakes.settings(), fakes.securityEvents());
    final ListPhotosService listPhotos = new ListPhotosService(fakes.catalog(), fakes.storage(), fakes.secrets(),
            fakes.clock(), fakes.settings());
    final GetPhotoService getPhoto = new GetPhotoService(fakes.catalog(), fakes.storage(), fakes.clock(), fakes.settings());
    final UpdatePhotoService updatePhoto = updatePhotoOver(fakes.catalog());
    final DeletePhotoService deletePhoto = new DeletePhotoService(fakes.catalog(), fakes.storage());
    final ListTagsService listTags = new ListTagsService(fakes.catalog());
    final ExpirePendingUploadsService expirePending = new ExpirePendingUploadsService(fakes.catalog(), fakes.storage(),
            fakes.clock(), ingest);

    ServiceHarness() {
        fakes.storage().onObjectCreated(events::add);
    }

    /** An update service over another catalogue (one that interferes, say) and this harness's other fakes. */
    UpdatePhotoService updatePhotoOver(PhotoCatalog catalog) {
        return new UpdatePhotoService(catalog, fakes.storage(), fakes.clock(), fakes.settings());
    }

    void signUp(String username) {
        registerUser.register(new RegisterUserCommand(username, PASSWORD));
    }

    SessionTokens logInAs(String username) {
        return logIn.logIn(new LogInCommand(username, PASSWORD, CLIENT_ADDRESS));
    }

    /** Signs a new user up, logs in and returns the caller the access token identifies. */
    Principal newUser(String username) {
        signUp(username);
        return authenticate.authenticate(logInAs(username).accessToken());
    }

    /** A small file that the fake image inspector accepts as a JPEG; different seeds give different content. */
    static byte[] jpeg(String seed) {
        return ImageSignatures.fileOf(ContentType.JPEG, seed.getBytes(StandardCharsets.UTF_8));
    }

    static RequestUploadCommand uploadOf(String fileName, byte[] content, List<String> tags) {
        return new RequestUploadCommand(fileName, "image/jpeg", (long) content.length, null, null, tags);
    }

    /** Requests an upload and posts the file with the form, without ingesting it. */
    UploadTicket uploadWithoutIngest(Principal owner, String fileName, byte[] content, List<String> tags) {
        UploadTicket ticket = requestUpload.request(owner, uploadOf(fileName, content, tags));
        fakes.storage().acceptUpload(ticket.form(), content);
        return ticket;
    }

    /** Uploads a file and ingests it; the photo is READY when the file is an image. */
    PhotoId upload(Principal owner, String fileName, byte[] content, List<String> tags) {
        UploadTicket ticket = uploadWithoutIngest(owner, fileName, content, tags);
        ingest.ingest(lastEvent());
        return ticket.photoId();
    }

    /** Uploads a distinct JPEG and ingests it. */
    PhotoId readyPhoto(Principal owner, String fileName, String... tags) {
        return upload(owner, fileName, jpeg(owner.userId() + "/" + fileName + "/" + events.size()), List.of(tags));
    }

    IngestOutcome ingestLast() {
        return ingest.ingest(lastEvent());
    }

    ObjectCreatedEvent lastEvent() {
        return events.get(events.size() - 1);
    }

    Photo stored(Principal owner, PhotoId id) {
        return fakes.catalog().find(owner.userId(), id).orElseThrow();
    }

    List<String> storedKeys() {
        return fakes.storage().keys();
    }
}
