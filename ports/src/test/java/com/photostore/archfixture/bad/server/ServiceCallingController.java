package com.photostore.archfixture.bad.server;

import com.photostore.archfixture.bad.application.service.AdapterUsingService;

/** Breaks rule 5: the server reaches a service outside its wiring. */
public final class ServiceCallingController {
    /** Answers. */
    public String answer() {
        return new AdapterUsingService().find();
    }
}
