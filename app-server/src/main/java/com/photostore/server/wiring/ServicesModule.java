package com.photostore.server.wiring;

import com.photostore.adapters.common.http.ApiRoutes;
import com.photostore.adapters.common.http.ApiUseCases;
import com.photostore.adapters.common.http.RouteTable;
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
import com.photostore.application.service.RegisterUserService;
import com.photostore.application.service.RequestUploadService;
import com.photostore.application.service.UpdatePhotoService;
import com.photostore.port.in.ExpirePendingUploadsUseCase;
import com.photostore.port.in.IngestUploadedObjectUseCase;
import com.photostore.port.out.Clock;
import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.ImageInspector;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PasswordHasher;
import com.photostore.port.out.PasswordStrength;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SessionStore;
import com.photostore.port.out.Settings;
import com.photostore.port.out.TokenCodec;
import com.photostore.port.out.UserRepository;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** The use cases over whatever out ports the profile binds, and the HTTP route table over them. */
@Module
public final class ServicesModule {

    private ServicesModule() {
    }

    @Provides
    @Singleton
    static ApiUseCases useCases(UserRepository users, PhotoCatalog catalog, ObjectStorage storage,
                                SessionStore sessions, LoginRateLimiter limiter, PasswordHasher hasher,
                                PasswordStrength strength, TokenCodec tokens, IdGenerator ids, RandomTokens random,
                                Clock clock, Secrets secrets, Settings settings) {
        return new ApiUseCases(
                new RegisterUserService(users, hasher, strength, ids, clock),
                new LogInService(users, hasher, limiter, sessions, tokens, ids, random, clock, settings),
                new RefreshSessionService(sessions, tokens, random, clock, settings),
                new LogOutService(sessions),
                new LogOutEverywhereService(sessions),
                new AuthenticateRequestService(tokens, clock),
                new RequestUploadService(catalog, storage, ids, clock, settings),
                new ListPhotosService(catalog, storage, secrets, clock, settings),
                new GetPhotoService(catalog, storage, clock, settings),
                new UpdatePhotoService(catalog, storage, clock, settings),
                new DeletePhotoService(catalog, storage),
                new ListTagsService(catalog));
    }

    @Provides
    @Singleton
    static RouteTable routes(ApiUseCases useCases) {
        return new ApiRoutes(useCases).table();
    }

    @Provides
    @Singleton
    static IngestUploadedObjectUseCase ingest(PhotoCatalog catalog, ObjectStorage storage, ImageInspector inspector,
                                              Settings settings) {
        return new IngestUploadedObjectService(catalog, storage, inspector, settings);
    }

    @Provides
    @Singleton
    static ExpirePendingUploadsUseCase expiry(PhotoCatalog catalog, ObjectStorage storage, Clock clock) {
        return new ExpirePendingUploadsService(catalog, storage, clock);
    }
}
