package com.photostore.adapters.common.http;

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
import java.util.Objects;

/** Every use case the HTTP API calls, as the deployment wires them. */
public record ApiUseCases(RegisterUserUseCase registerUser, LogInUseCase logIn, RefreshSessionUseCase refreshSession,
                          LogOutUseCase logOut, LogOutEverywhereUseCase logOutEverywhere,
                          AuthenticateRequestUseCase authenticate, RequestUploadUseCase requestUpload,
                          ListPhotosUseCase listPhotos, GetPhotoUseCase getPhoto, UpdatePhotoUseCase updatePhoto,
                          DeletePhotoUseCase deletePhoto, ListTagsUseCase listTags) {
    public ApiUseCases {
        Objects.requireNonNull(registerUser, "registerUser");
        Objects.requireNonNull(logIn, "logIn");
        Objects.requireNonNull(refreshSession, "refreshSession");
        Objects.requireNonNull(logOut, "logOut");
        Objects.requireNonNull(logOutEverywhere, "logOutEverywhere");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(requestUpload, "requestUpload");
        Objects.requireNonNull(listPhotos, "listPhotos");
        Objects.requireNonNull(getPhoto, "getPhoto");
        Objects.requireNonNull(updatePhoto, "updatePhoto");
        Objects.requireNonNull(deletePhoto, "deletePhoto");
        Objects.requireNonNull(listTags, "listTags");
    }
}
