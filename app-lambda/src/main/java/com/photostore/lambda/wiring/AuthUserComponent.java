package com.photostore.lambda.wiring;

import com.photostore.adapters.common.http.SessionRoutes;
import com.photostore.wiring.AwsDeployment;
import com.photostore.wiring.Backends;
import com.photostore.wiring.ElastiCacheModule;
import com.photostore.wiring.Environment;
import com.photostore.wiring.RdsModule;
import com.photostore.wiring.SecretsManagerModule;
import com.photostore.wiring.SsmModule;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;

/** The objects of the AuthUser function (log in), built once per execution environment during init. */
@Singleton
@Component(modules = {LambdaModule.class, RdsModule.class, ElastiCacheModule.class,
    SecretsManagerModule.class, SsmModule.class})
public interface AuthUserComponent {

    /** The function's sessions routes. */
    SessionRoutes sessions();

    /** The deployment the environment names. */
    AwsDeployment deployment();

    /** The backends the function opened. */
    Backends backends();

    /** Builds the component from the function's environment. */
    @Component.Factory
    interface Factory {
        /** The component over these variables. */
        AuthUserComponent create(@BindsInstance Environment environment);
    }
}
