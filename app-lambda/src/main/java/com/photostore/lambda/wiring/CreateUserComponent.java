package com.photostore.lambda.wiring;

import com.photostore.adapters.common.http.UserRoutes;
import com.photostore.wiring.AwsDeployment;
import com.photostore.wiring.Backends;
import com.photostore.wiring.ElastiCacheModule;
import com.photostore.wiring.Environment;
import com.photostore.wiring.RdsModule;
import com.photostore.wiring.SsmModule;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;

/** The objects of the CreateUser function (sign up), built once per execution environment during init. */
@Singleton
@Component(modules = {LambdaModule.class, RdsModule.class, ElastiCacheModule.class, SsmModule.class})
public interface CreateUserComponent {

    /** The function's users routes. */
    UserRoutes users();

    /** The deployment the environment names. */
    AwsDeployment deployment();

    /** The backends the function opened. */
    Backends backends();

    /** Builds the component from the function's environment. */
    @Component.Factory
    interface Factory {
        /** The component over these variables. */
        CreateUserComponent create(@BindsInstance Environment environment);
    }
}
