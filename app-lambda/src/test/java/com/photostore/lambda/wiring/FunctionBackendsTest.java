package com.photostore.lambda.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.common.http.ApiOperation;
import com.photostore.adapters.common.http.ApiRoutes;
import com.photostore.adapters.common.http.RouteGroup;
import com.photostore.lambda.AuthTokenHandler;
import com.photostore.lambda.AuthUserHandler;
import com.photostore.lambda.CreateUserHandler;
import com.photostore.lambda.LambdaFunction;
import com.photostore.lambda.PhotosHandler;
import com.photostore.lambda.TransferPhotosHandler;
import com.photostore.lambda.UploadUrlHandler;
import com.photostore.lambda.facts.FunctionFacts;
import com.photostore.wiring.AllowedOrigins;
import com.photostore.wiring.AwsDeployment;
import com.photostore.wiring.Backend;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import com.photostore.wiring.testing.AwsProtocolStack;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each function's component, built over the deployment's variables as at init, opens exactly the backends of its
 * routes, reads exactly its own variables (the lists of docs/lambda.md; the {@code AWS_} ones Lambda sets, and the
 * endpoint overrides, aside) and serves exactly its operations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunctionBackendsTest {
    private static final List<String> RDS = List.of(AwsDeployment.RDS_SECRET_ID, AwsDeployment.RDS_HOST_PARAMETER,
            AwsDeployment.RDS_DATABASE_PARAMETER, AwsDeployment.RDS_SSL_MODE);
    private static final List<String> REDIS = List.of(AwsDeployment.REDIS_URL, AwsDeployment.REDIS_HOST_PARAMETER,
            AwsDeployment.REDIS_PORT_PARAMETER, AwsDeployment.REDIS_AUTH_SECRET_ID, AwsDeployment.REDIS_TLS);
    private static final List<String> KEY_RINGS = List.of(AwsDeployment.ACCESS_TOKEN_SECRET_ID,
            AwsDeployment.CURSOR_SECRET_ID);
    private static final List<String> ACCESS_TOKEN_KEYS = List.of(AwsDeployment.ACCESS_TOKEN_SECRET_ID);
    private static final List<String> SETTINGS = List.of(AwsDeployment.SSM_PREFIX);
    private static final List<String> CATALOGUE_AND_BUCKET = List.of(AwsDeployment.TABLE, AwsDeployment.BUCKET);
    private static final List<String> REVOCATIONS = List.of(AwsDeployment.REVOCATIONS_TABLE);
    private static final List<String> ORIGINS = List.of(AllowedOrigins.VARIABLE);

    private final AwsProtocolStack stack = AwsProtocolStack.start("https://app.photostore.test");
    private Environment environment;

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void createUserOpensTheAccountsDatabaseAndRedis() {
        CreateUserComponent component = DaggerCreateUserComponent.factory().create(environment());
        assertThat(new CreateUserHandler(component)).as("the handler as the runtime builds it at init").isNotNull();

        assertServes(List.of(component.users()), ApiOperation.SIGN_UP);
        assertOpened(component.backends(), "Secrets Manager", "SSM", "PostgreSQL", "Redis");
        assertRead(LambdaFunction.CREATE_USER, RDS, REDIS, SETTINGS, ORIGINS);
    }

    @Test
    void authUserOpensTheDatabaseRedisAndTheKeyRings() {
        AuthUserComponent component = DaggerAuthUserComponent.factory().create(environment());
        assertThat(new AuthUserHandler(component)).as("the handler as the runtime builds it at init").isNotNull();

        assertServes(List.of(component.sessions()), ApiOperation.LOG_IN);
        assertOpened(component.backends(), "Secrets Manager", "SSM", "PostgreSQL", "Redis");
        assertRead(LambdaFunction.AUTH_USER, RDS, REDIS, ACCESS_TOKEN_KEYS, SETTINGS, ORIGINS);
    }

    @Test
    void authTokenOpensRedisTheRevocationsAndTheKeyRingsButNoDatabase() {
        AuthTokenComponent component = DaggerAuthTokenComponent.factory().create(environment());
        assertThat(new AuthTokenHandler(component)).as("the handler as the runtime builds it at init").isNotNull();

        assertServes(List.of(component.tokens()), ApiOperation.REFRESH_SESSION, ApiOperation.LOG_OUT,
                ApiOperation.LOG_OUT_EVERYWHERE);
        assertOpened(component.backends(), "Secrets Manager", "SSM", "Redis", "DynamoDB");
        assertRead(LambdaFunction.AUTH_TOKEN, REDIS, REVOCATIONS, ACCESS_TOKEN_KEYS, SETTINGS, ORIGINS);
    }

    @Test
    void photosNeverOpensPostgresqlOrRedis() {
        PhotosComponent component = DaggerPhotosComponent.factory().create(environment());
        assertThat(new PhotosHandler(component)).as("the handler as the runtime builds it at init").isNotNull();

        assertServes(List.of(component.photos(), component.document()), ApiOperation.LIST_PHOTOS,
                ApiOperation.GET_PHOTO, ApiOperation.UPDATE_PHOTO, ApiOperation.DELETE_PHOTO, ApiOperation.LIST_TAGS,
                ApiOperation.OPENAPI_DOCUMENT);
        assertOpened(component.backends(), "DynamoDB", "S3", "Secrets Manager", "SSM");
        assertRead(LambdaFunction.PHOTOS, CATALOGUE_AND_BUCKET, REVOCATIONS, KEY_RINGS, SETTINGS, ORIGINS);
    }

    @Test
    void uploadUrlOpensTheCatalogueTheBucketAndTheKeyRings() {
        UploadUrlComponent component = DaggerUploadUrlComponent.factory().create(environment());
        assertThat(new UploadUrlHandler(component)).as("the handler as the runtime builds it at init").isNotNull();

        assertServes(List.of(component.uploads()), ApiOperation.REQUEST_UPLOAD);
        assertOpened(component.backends(), "DynamoDB", "S3", "Secrets Manager", "SSM");
        assertRead(LambdaFunction.UPLOAD_URL, CATALOGUE_AND_BUCKET, REVOCATIONS, ACCESS_TOKEN_KEYS, SETTINGS, ORIGINS);
    }

    @Test
    void transferPhotosOpensTheCatalogueTheBucketAndTheSettings() {
        TransferPhotosComponent component = DaggerTransferPhotosComponent.factory().create(environment());
        assertThat(new TransferPhotosHandler(component)).as("the handler as the runtime builds it at init").isNotNull();

        assertThat(component.ingest()).isNotNull();
        assertOpened(component.backends(), "DynamoDB", "S3", "SSM");
        assertRead(LambdaFunction.TRANSFER_PHOTOS, CATALOGUE_AND_BUCKET, SETTINGS);
    }

    private Environment environment() {
        environment = new Environment(stack.environment());
        return environment;
    }

    @SafeVarargs
    private void assertRead(LambdaFunction function, List<String>... groups) {
        awaitPrefetches();
        Set<String> expected = new TreeSet<>();
        for (List<String> group : groups) {
            expected.addAll(group);
        }
        assertThat(environment.namesRead().stream().filter(name -> !name.startsWith("AWS_")))
                .containsExactlyInAnyOrderElementsOf(expected);
        FunctionFacts.recordVariables(function, environment);
    }

    /** The key rings and settings a component prefetches are read on threads of their own; their reads count too. */
    private static void awaitPrefetches() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("prefetch-")) {
                try {
                    thread.join(Duration.ofSeconds(30).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + thread.getName(), e);
                }
                assertThat(thread.isAlive()).as(thread.getName() + " finished").isFalse();
            }
        }
    }

    private static void assertServes(List<RouteGroup> groups, ApiOperation... operations) {
        assertThat(ApiRoutes.table(groups).operations()).containsExactlyInAnyOrder(operations);
    }

    private static void assertOpened(Backends backends, String... names) {
        assertThat(backends.all()).extracting(Backend::name).containsExactlyInAnyOrder(names);
        assertThat(Set.copyOf(backends.all().stream().map(Backend::name).toList())).hasSize(names.length);
        backends.close();
    }
}
