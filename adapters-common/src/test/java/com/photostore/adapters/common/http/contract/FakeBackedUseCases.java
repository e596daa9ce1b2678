package com.photostore.adapters.common.http.contract;

import com.photostore.adapters.common.http.ApiUseCases;
import com.photostore.application.service.AuthenticateRequestService;
import com.photostore.application.service.DeletePhotoService;
import com.photostore.application.service.GetPhotoService;
import com.photostore.application.service.ListPhotosService;
import com.photostore.application.service.ListTagsService;
import com.photostore.application.service.LogInService;
import com.photostore.application.service.LogOutEverywhereService;
import com.photostore.application.service.LogOutService;
import com.photostore.application.service.RefreshSessionService;
import com.photostore.application.service.RegisterUserService;
import com.photostore.application.service.RequestUploadService;
import com.photostore.application.service.UpdatePhotoService;
import com.photostore.port.out.fake.Fakes;

/** The real services behind the HTTP API, wired over one set of in-memory fakes. */
public final class FakeBackedUseCases {
    private FakeBackedUseCases() {
    }

    /** Every use case the API calls, over the fakes. */
    public static ApiUseCases over(Fakes fakes) {
        return new ApiUseCases(
                new RegisterUserService(fakes.users(), fakes.hasher(), fakes.strength(), fakes.ids(), fakes.clock()),
                new LogInService(fakes.users(), fakes.hasher(), fakes.rateLimiter(), fakes.sessions(), fakes.tokens(),
                        fakes.ids(), fakes.random(), fakes.clock(), fakes.settings()),
                new RefreshSessionService(fakes.sessions(), fakes.tokens(), fakes.random(), fakes.clock(),
                        fakes.settings()),
                new LogOutService(fakes.sessions()),
                new LogOutEverywhereService(fakes.sessions()),
                new AuthenticateRequestService(fakes.tokens(), fakes.clock()),
                new RequestUploadService(fakes.catalog(), fakes.storage(), fakes.ids(), fakes.clock(),
                        fakes.settings()),
                new ListPhotosService(fakes.catalog(), fakes.storage(), fakes.secrets(), fakes.clock(),
                        fakes.settings()),
                new GetPhotoService(fakes.catalog(), fakes.storage(), fakes.clock(), fakes.settings()),
                new UpdatePhotoService(fakes.catalog(), fakes.storage(), fakes.clock(), fakes.settings()),
                new DeletePhotoService(fakes.catalog(), fakes.storage()),
                new ListTagsService(fakes.catalog()));
    }
}
