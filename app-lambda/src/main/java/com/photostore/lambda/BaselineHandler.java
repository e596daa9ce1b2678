package com.photostore.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A handler that answers every event with the same constant and touches nothing else: the baseline the functions'
 * cold starts are measured against, from the same deployment jar.
 */
public final class BaselineHandler implements RequestStreamHandler {
    private static final byte[] ANSWER = "{\"statusCode\":204}".getBytes(StandardCharsets.US_ASCII);

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        output.write(ANSWER);
    }
}
