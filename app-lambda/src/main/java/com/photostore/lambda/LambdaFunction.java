package com.photostore.lambda;

import com.photostore.adapters.common.http.ApiDocumentRoutes;
import com.photostore.adapters.common.http.ApiOperation;
import com.photostore.adapters.common.http.PhotoRoutes;
import com.photostore.adapters.common.http.SessionRoutes;
import com.photostore.adapters.common.http.TokenRoutes;
import com.photostore.adapters.common.http.UploadRoutes;
import com.photostore.adapters.common.http.UserRoutes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The six functions of the AWS deployment: each one's name, handler string, the API operations API Gateway routes
 * to it (Photos also takes the {@code $default} route: unknown paths, wrong methods and CORS preflights, which any
 * function answers alike), and the memory and timeout it is deployed with.
 */
public enum LambdaFunction {
    CREATE_USER("CreateUser", CreateUserHandler.class, UserRoutes.OPERATIONS, 1024, Duration.ofSeconds(10)),
    AUTH_USER("AuthUser", AuthUserHandler.class, SessionRoutes.OPERATIONS, 1024, Duration.ofSeconds(10)),
    AUTH_TOKEN("AuthToken", AuthTokenHandler.class, TokenRoutes.OPERATIONS, 512, Duration.ofSeconds(10)),
    PHOTOS("Photos", PhotosHandler.class, union(PhotoRoutes.OPERATIONS, ApiDocumentRoutes.OPERATIONS), 1024,
            Duration.ofSeconds(10)),
    UPLOAD_URL("UploadUrl", UploadUrlHandler.class, UploadRoutes.OPERATIONS, 512, Duration.ofSeconds(10)),
    TRANSFER_PHOTOS("TransferPhotos", TransferPhotosHandler.class, Set.of(), 2048, Duration.ofSeconds(60));

    private final String functionName;
    private final Class<?> handlerClass;
    private final Set<ApiOperation> operations;
    private final int memoryMb;
    private final Duration timeout;

    LambdaFunction(String functionName, Class<?> handlerClass, Set<ApiOperation> operations, int memoryMb,
                   Duration timeout) {
        this.functionName = functionName;
        this.handlerClass = handlerClass;
        this.operations = Set.copyOf(operations);
        this.memoryMb = memoryMb;
        this.timeout = timeout;
    }

    /** The function's name, such as {@code CreateUser}. */
    public String functionName() {
        return functionName;
    }

    /** The handler string the runtime loads, such as {@code com.photostore.lambda.CreateUserHandler::handleRequest}. */
    public String handler() {
        return handlerClass.getName() + "::handleRequest";
    }

    /** The API operations routed to the function (none for TransferPhotos, which the SQS event source invokes). */
    public Set<ApiOperation> operations() {
        return operations;
    }

    /** Whether API Gateway's {@code $default} route (what no operation's route matches) goes to this function. */
    public boolean takesDefaultRoute() {
        return this == PHOTOS;
    }

    /** The memory the function is deployed with, in MB (the managed runtime sizes the heap from it). */
    public int memoryMb() {
        return memoryMb;
    }

    /** The function's timeout. */
    public Duration timeout() {
        return timeout;
    }

    private static Set<ApiOperation> union(Set<ApiOperation> first, Set<ApiOperation> second) {
        EnumSet<ApiOperation> all = EnumSet.copyOf(first);
        all.addAll(second);
        return all;
    }
}
