package com.photostore.lambda.wiring;

import com.photostore.adapters.common.http.TokenRoutes;
import com.photostore.wiring.AwsDeployment;
import com.photostore.wiring.Backends;
import com.photostore.wiring.DynamoDbModule;
import com.photostore.wiring.ElastiCacheModule;
import com.photostore.wiring.Environment;
import com.photostore.wiring.SecretsManagerModule;
import com.photostore.wiring.SsmModule;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;

/** The objects of the AuthToken function (refresh, log out, log out everywhere), built once per environment. */
@Singleton
@Component(modules = {LambdaModule.class, ElastiCacheModule.class, DynamoDbModule.class, SecretsManagerModule.class,
    SsmModule.class})
public interface AuthTokenComponent {

    /** The function's tokens routes. */
    TokenRoutes tokens();

    /** The deployment the environment names. */
    AwsDeployment deployment();

    /** The backends the function opened. */
    Backends backends();

    /** Builds the component from the function's environment. */
    @Component.Factory
    interface Factory {
        /** The component over these variables. */
        AuthTokenComponent create(@BindsInstance Environment environment);
    }
}
