package com.photostore.archfixture.bad.adapters.common.http;

import com.photostore.archfixture.bad.application.service.AdapterUsingService;

/** Breaks rule 5: an adapter that calls a service class instead of a use case. */
public final class ServiceCallingRoutes {
    /** Answers. */
    public String answer() {
        return new AdapterUsingService().find();
    }
}
