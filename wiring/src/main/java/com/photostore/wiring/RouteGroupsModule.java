package com.photostore.wiring;

import com.photostore.adapters.common.http.ApiDocumentRoutes;
import com.photostore.adapters.common.http.BearerAuthenticator;
import com.photostore.adapters.common.http.PhotoRoutes;
import com.photostore.adapters.common.http.SessionRoutes;
import com.photostore.adapters.common.http.TokenRoutes;
import com.photostore.adapters.common.http.UploadRoutes;
import com.photostore.adapters.common.http.UserRoutes;
import com.photostore.port.in.AuthenticateRequestUseCase;
import com.photostore.port.in.DeletePhotoUseCase;
import com.photostore.port.in.GetPhotoUseCase;
import com.photostore.port.in.ListPhotosUseCase;
import com.photostore.port.in.ListTagsUseCase;
import com.photostore.port.in.LogInUseCase;
import com.photostore.port.in.LogOutEverywhereUseCase;
import com.photostore.port.in.LogOutUseCase;
import com.photostore.port.in.RefreshSessionUseCase;
import com.photostore.port.in.RegisterUserUseCase;
import com.photostore.port.in.RequestUploadUseCase;
import com.photostore.port.in.UpdatePhotoUseCase;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** The HTTP API's route groups and their shared bearer authenticator, each over only the use cases it calls. */
@Module
public final class RouteGroupsModule {

    private RouteGroupsModule() {
    }

    @Provides
    @Singleton
    static BearerAuthenticator authenticator(AuthenticateRequestUseCase authenticate) {
        return new BearerAuthenticator(authenticate);
    }

    @Provides
    @Singleton
    static UserRoutes users(RegisterUserUseCase registerUser) {
        return new UserRoutes(registerUser);
    }

    @Provides
    @Singleton
    static SessionRoutes sessions(LogInUseCase logIn) {
        return new SessionRoutes(logIn);
    }

    @Provides
    @Singleton
    static TokenRoutes tokens(RefreshSessionUseCase refresh, LogOutUseCase logOut,
                              LogOutEverywhereUseCase logOutEverywhere, BearerAuthenticator auth) {
        return new TokenRoutes(refresh, logOut, logOutEverywhere, auth);
    }

    @Provides
    @Singleton
    static UploadRoutes uploads(RequestUploadUseCase requestUpload, BearerAuthenticator auth) {
        return new UploadRoutes(requestUpload, auth);
    }

    @Provides
    @Singleton
    static PhotoRoutes photos(ListPhotosUseCase list, GetPhotoUseCase get, UpdatePhotoUseCase update,
                              DeletePhotoUseCase delete, ListTagsUseCase tags, BearerAuthenticator auth) {
        return new PhotoRoutes(list, get, update, delete, tags, auth);
    }

    @Provides
    @Singleton
    static ApiDocumentRoutes document() {
        return new ApiDocumentRoutes();
    }
}
