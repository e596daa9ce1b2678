package com.photostore.lambda.wiring;

import com.photostore.adapters.common.http.UploadRoutes;
import com.photostore.wiring.AwsDeployment;
import com.photostore.wiring.Backends;
import com.photostore.wiring.DynamoDbModule;
import com.photostore.wiring.Environment;
import com.photostore.wiring.S3Module;
import com.photostore.wiring.SecretsManagerModule;
import com.photostore.wiring.SsmModule;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;

/** The objects of the UploadUrl function (presigned upload forms), built once per execution environment during init. */
@Singleton
@Component(modules = {LambdaModule.class, DynamoDbModule.class, S3Module.class,
    SecretsManagerModule.class, SsmModule.class})
public interface UploadUrlComponent {

    /** The function's uploads routes. */
    UploadRoutes uploads();

    /** The deployment the environment names. */
    AwsDeployment deployment();

    /** The backends the function opened. */
    Backends backends();

    /** Builds the component from the function's environment. */
    @Component.Factory
    interface Factory {
        /** The component over these variables. */
        UploadUrlComponent create(@BindsInstance Environment environment);
    }
}
