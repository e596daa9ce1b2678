package com.photostore.adapters.common.http.contract;

import com.photostore.adapters.common.http.ApiDocumentRoutes;
import com.photostore.adapters.common.http.BearerAuthenticator;
import com.photostore.adapters.common.http.PhotoRoutes;
import com.photostore.adapters.common.http.RouteGroup;
import com.photostore.adapters.common.http.SessionRoutes;
import com.photostore.adapters.common.http.TokenRoutes;
import com.photostore.adapters.common.http.UploadRoutes;
import com.photostore.adapters.common.http.UserRoutes;
import com.photostore.application.service.AuthenticateRequestService;
import com.photostore.application.service.DeletePhotoService;
import com.photostore.application.service.GetPhotoService;
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
import com.photostore.port.out.fake.Fakes;
import java.util.List;

/** Every route group of the API over the real services, wired over one set of in-memory fakes. */
public final class FakeBackedRoutes {
    private FakeBackedRoutes() {
    }

    /** The route groups of the whole API, over the fakes. */
    public static List<RouteGroup> over(Fakes fakes) {
        BearerAuthenticator auth = new BearerAuthenticator(new AuthenticateRequestService(fakes.tokens(), fakes.revokedSessions(),
                fakes.securityEvents(), fakes.clock()));
        return List.of(
                new UserRoutes(new RegisterUserService(fakes.users(), fakes.hasher(), fakes.strength(), fakes.ids(),
                        fakes.clock(), fakes.rateLimiter(), fakes.securityEvents(), fakes.random(), fakes.settings())),
                new SessionRoutes(new LogInService(fakes.users(), fakes.hasher(), fakes.rateLimiter(),
                        fakes.sessions(), fakes.tokens(), fakes.secrets(), fakes.securityEvents(), fakes.ids(),
                        fakes.random(), fakes.clock(), fakes.settings())),
                new TokenRoutes(new RefreshSessionService(fakes.sessions(), fakes.revokedSessions(),
                        new SecurityAlarm(fakes.securityEvents(), fakes.alerts()), fakes.tokens(), fakes.random(),
                        fakes.clock(), fakes.settings()), new LogOutService(fakes.sessions(), fakes.revokedSessions(), fakes.clock(), fakes.settings()),
                        new LogOutEverywhereService(fakes.sessions(), fakes.revokedSessions(), fakes.clock(),
                                fakes.settings()), auth),
                new UploadRoutes(new RequestUploadService(fakes.catalog(), fakes.storage(), fakes.ids(), fakes.clock(),
                        fakes.settings()), auth),
                new PhotoRoutes(new ListPhotosService(fakes.catalog(), fakes.storage(), fakes.secrets(), fakes.clock(),
                        fakes.settings()), new GetPhotoService(fakes.catalog(), fakes.storage(), fakes.clock(),
                        fakes.settings()), new UpdatePhotoService(fakes.catalog(), fakes.storage(), fakes.clock(),
                        fakes.settings()), new DeletePhotoService(fakes.catalog(), fakes.storage()),
                        new ListTagsService(fakes.catalog()), auth),
                new ApiDocumentRoutes());
    }
}
