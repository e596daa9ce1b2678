package com.photostore.lambda.wiring;

import com.photostore.port.in.IngestUploadedObjectUseCase;
import com.photostore.wiring.Backends;
import com.photostore.wiring.DynamoDbModule;
import com.photostore.wiring.Environment;
import com.photostore.wiring.S3Module;
import com.photostore.wiring.SsmModule;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;

/** The objects of the TransferPhotos function (ingest of uploaded files), built once per execution environment. */
@Singleton
@Component(modules = {LambdaModule.class, DynamoDbModule.class, S3Module.class, SsmModule.class})
public interface TransferPhotosComponent {

    /** The ingest use case the server's workers run too. */
    IngestUploadedObjectUseCase ingest();

    /** The backends the function opened. */
    Backends backends();

    /** Builds the component from the function's environment. */
    @Component.Factory
    interface Factory {
        /** The component over these variables. */
        TransferPhotosComponent create(@BindsInstance Environment environment);
    }
}
