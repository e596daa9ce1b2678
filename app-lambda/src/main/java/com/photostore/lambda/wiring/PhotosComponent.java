package com.photostore.lambda.wiring;

import com.photostore.adapters.common.http.ApiDocumentRoutes;
import com.photostore.adapters.common.http.PhotoRoutes;
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

/** The objects of the Photos function (the library, one photo, tags, the API document), built once per environment. */
@Singleton
@Component(modules = {LambdaModule.class, DynamoDbModule.class, S3Module.class,
    SecretsManagerModule.class, SsmModule.class})
public interface PhotosComponent {

    /** The function's library routes. */
    PhotoRoutes photos();

    /** The route of the OpenAPI document. */
    ApiDocumentRoutes document();

    /** The deployment the environment names. */
    AwsDeployment deployment();

    /** The backends the function opened. */
    Backends backends();

    /** Builds the component from the function's environment. */
    @Component.Factory
    interface Factory {
        /** The component over these variables. */
        PhotosComponent create(@BindsInstance Environment environment);
    }
}
