package com.photostore.server.wiring;

import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import com.photostore.server.config.ServerOptions;
import com.photostore.wiring.CoreAdaptersModule;
import com.photostore.wiring.RouteGroupsModule;
import com.photostore.wiring.UseCasesModule;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;

/** Profile {@code aws}: the deployment's AWS resources, for running the server on EC2 or ECS. */
@Singleton
@Component(modules = {AwsBackendsModule.class, CoreAdaptersModule.class, UseCasesModule.class,
        RouteGroupsModule.class, ServerModule.class})
public interface AwsServerComponent extends ServerComponent {

    /** Builds the component from the environment and the resolved listening options. */
    @Component.Factory
    interface Factory {
        /** The component for these inputs. */
        AwsServerComponent create(@BindsInstance Environment environment, @BindsInstance ServerOptions options,
                                  @BindsInstance Backends backends);
    }
}
