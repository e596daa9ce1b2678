package com.photostore.lambda.wiring;

import com.photostore.wiring.Backends;
import com.photostore.wiring.CoreAdaptersModule;
import com.photostore.wiring.RouteGroupsModule;
import com.photostore.wiring.UseCasesModule;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/**
 * What every function's component is built from: the shared use cases, route groups and core adapters over the
 * deployment its environment names; each component adds the modules of the backends it uses, and Dagger builds
 * only what its entry points reach.
 */
@Module(includes = {CoreAdaptersModule.class, UseCasesModule.class, RouteGroupsModule.class})
public final class LambdaModule {

    private LambdaModule() {
    }

    @Provides
    @Singleton
    static Backends backends() {
        return new Backends();
    }
}
