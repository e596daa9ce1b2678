package com.photostore.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.photostore.lambda.snapstart.SnapStartHooks;
import com.photostore.lambda.sqs.UploadEventBatch;
import com.photostore.lambda.wiring.DaggerTransferPhotosComponent;
import com.photostore.lambda.wiring.TransferPhotosComponent;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The handler of the TransferPhotos function: the SQS event source hands it batches of S3 notifications of
 * uploaded files, it ingests them and reports the failed messages; its handler string is
 * {@code com.photostore.lambda.TransferPhotosHandler::handleRequest}.
 */
public final class TransferPhotosHandler implements RequestStreamHandler {
    private final UploadEventBatch batch;
    private final SnapStartHooks snapStart;

    /** The function as the Lambda runtime creates it during init: wired from its environment. */
    public TransferPhotosHandler() {
        this(DaggerTransferPhotosComponent.factory().create(Environment.ofProcess()));
    }

    /** The function over its component. */
    public TransferPhotosHandler(TransferPhotosComponent component) {
        this(new UploadEventBatch(component.ingest()), component.backends());
    }

    /** The function over given parts. */
    public TransferPhotosHandler(UploadEventBatch batch, Backends backends) {
        this.batch = Objects.requireNonNull(batch, "batch");
        this.snapStart = SnapStartHooks.register(batch::warmUp, backends);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        batch.handle(input, output);
    }

    /** The hooks this handler registered, which the runtime's CRaC context holds only weakly. */
    SnapStartHooks snapStart() {
        return snapStart;
    }
}
