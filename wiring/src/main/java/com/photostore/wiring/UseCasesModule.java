package com.photostore.wiring;

import com.photostore.application.service.AuthenticateRequestService;
import com.photostore.application.service.DeletePhotoService;
import com.photostore.application.service.ExpirePendingUploadsService;
import com.photostore.application.service.GetPhotoService;
import com.photostore.application.service.IngestUploadedObjectService;
import com.photostore.application.service.ListPhotosService;
import com.photostore.application.service.ListTagsService;
import com.photostore.application.service.LogInService;
import com.photostore.application.service.LogOutEverywhereService;
import com.photostore.application.service.LogOutService;
import com.photostore.application.service.RefreshSessionService;
import com.photostore.application.service.SecurityAlarm;
import com.photostore.application.service.RegisterUserService;
import com.photostore.application.service.RequestUploadService;
import com.photostore.application.service.UpdatePhotoService;
import com.photostore.port.in.AuthenticateRequestUseCase;
import com.photostore.port.in.DeletePhotoUseCase;
import com.photostore.port.in.ExpirePendingUploadsUseCase;
import com.photostore.port.in.GetPhotoUseCase;
import com.photostore.port.in.IngestUploadedObjectUseCase;
import com.photostore.port.in.ListPhotosUseCase;
import com.photostore.port.in.ListTagsUseCase;
import com.photostore.port.in.LogInUseCase;
import com.photostore.port.in.LogOutEverywhereUseCase;
import com.photostore.port.in.LogOutUseCase;
import com.photostore.port.in.RefreshSessionUseCase;
import com.photostore.port.in.RegisterUserUseCase;
import com.photostore.port.in.RequestUploadUseCase;
import com.photostore.port.in.UpdatePhotoUseCase;
import com.photostore.port.out.Clock;
import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.ImageInspector;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PasswordHasher;
import com.photostore.port.out.PasswordStrength;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.RevokedSessions;
import com.photostore.port.out.SecurityEvents;
import com.photostore.port.out.Alerts;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SessionStore;
import com.photostore.port.out.Settings;
import com.photostore.port.out.TokenCodec;
import com.photostore.port.out.UserRepository;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/**
 * Every use case over whatever out ports a component binds, one provider each, so that a component builds only
 * the use cases its entry points reach (and, through them, only those out ports).
 */
@Module
public final class UseCasesModule {

    private UseCasesModule() {
    }

    @Provides
    @Singleton
    static RegisterUserUseCase registerUser(UserRepository users, PasswordHasher hasher, PasswordStrength strength,
                                            IdGenerator ids, Clock clock, LoginRateLimiter limiter,
                                            SecurityEvents events, RandomTokens random, Settings settings) {
        return new RegisterUserService(users, hasher, strength, ids, clock, limiter, events, random, settings);
    }

    @Provides
    @Singleton
    static LogInUseCase logIn(UserRepository users, PasswordHasher hasher, LoginRateLimiter limiter,
                              SessionStore sessions, TokenCodec tokens, Secrets secrets, SecurityEvents events,
                              IdGenerator ids, RandomTokens random, Clock clock, Settings settings) {
        return new LogInService(users, hasher, limiter, sessions, tokens, secrets, events, ids, random, clock, settings);
    }

    @Provides
    @Singleton
    static RefreshSessionUseCase refreshSession(SessionStore sessions, RevokedSessions revoked, SecurityEvents events,
                                                Alerts alerts, TokenCodec tokens, RandomTokens random, Clock clock,
                                                Settings settings) {
        return new RefreshSessionService(sessions, revoked, new SecurityAlarm(events, alerts), tokens, random, clock,
                settings);
    }

    @Provides
    @Singleton
    static LogOutUseCase logOut(SessionStore sessions, RevokedSessions revoked, Clock clock, Settings settings) {
        return new LogOutService(sessions, revoked, clock, settings);
    }

    @Provides
    @Singleton
    static LogOutEverywhereUseCase logOutEverywhere(SessionStore sessions, RevokedSessions revoked, Clock clock,
                                                    Settings settings) {
        return new LogOutEverywhereService(sessions, revoked, clock, settings);
    }

    @Provides
    @Singleton
    static AuthenticateRequestUseCase authenticate(TokenCodec tokens, RevokedSessions revoked, SecurityEvents events,
                                                   Clock clock) {
        return new AuthenticateRequestService(tokens, revoked, events, clock);
    }

    @Provides
    @Singleton
    static RequestUploadUseCase requestUpload(PhotoCatalog catalog, ObjectStorage storage, IdGenerator ids,
                                              Clock clock, Settings settings) {
        return new RequestUploadService(catalog, storage, ids, clock, settings);
    }

    @Provides
    @Singleton
    static ListPhotosUseCase listPhotos(PhotoCatalog catalog, ObjectStorage storage, Secrets secrets, Clock clock,
                                        Settings settings) {
        Prefetch.inBackground("cursor keys", () -> secrets.keyRing(SecretName.CURSOR_KEYS));
        return new ListPhotosService(catalog, storage, secrets, clock, settings);
    }

    @Provides
    @Singleton
    static GetPhotoUseCase getPhoto(PhotoCatalog catalog, ObjectStorage storage, Clock clock, Settings settings) {
        return new GetPhotoService(catalog, storage, clock, settings);
    }

    @Provides
    @Singleton
    static UpdatePhotoUseCase updatePhoto(PhotoCatalog catalog, ObjectStorage storage, Clock clock,
                                          Settings settings) {
        return new UpdatePhotoService(catalog, storage, clock, settings);
    }

    @Provides
    @Singleton
    static DeletePhotoUseCase deletePhoto(PhotoCatalog catalog, ObjectStorage storage) {
        return new DeletePhotoService(catalog, storage);
    }

    @Provides
    @Singleton
    static ListTagsUseCase listTags(PhotoCatalog catalog) {
        return new ListTagsService(catalog);
    }

    @Provides
    @Singleton
    static IngestUploadedObjectUseCase ingest(PhotoCatalog catalog, ObjectStorage storage, ImageInspector inspector,
                                              Settings settings, SecurityEvents events) {
        return new IngestUploadedObjectService(catalog, storage, inspector, settings, events);
    }

    @Provides
    @Singleton
    static ExpirePendingUploadsUseCase expiry(PhotoCatalog catalog, ObjectStorage storage, Clock clock,
                                              IngestUploadedObjectUseCase ingest) {
        return new ExpirePendingUploadsService(catalog, storage, clock, ingest);
    }
}
