package com.photostore.lambda.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.common.http.ApiOperation;
import com.photostore.adapters.common.http.ApiRoutes;
import com.photostore.adapters.common.http.RouteGroup;
import com.photostore.wiring.Backend;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import com.photostore.wiring.testing.AwsProtocolStack;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each function's component, built over the deployment's variables as at init, opens exactly the backends of its
 * routes (the list of docs/lambda.md) and serves exactly its operations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunctionBackendsTest {
    private final AwsProtocolStack stack = AwsProtocolStack.start("https://app.photostore.test");
    private final Environment environment = new Environment(stack.environment());

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void createUserOpensTheAccountsDatabaseOnly() {
        CreateUserComponent component = DaggerCreateUserComponent.factory().create(environment);

        assertServes(List.of(component.users()), ApiOperation.SIGN_UP);
        assertOpened(component.backends(), "Secrets Manager", "SSM", "PostgreSQL");
    }

    @Test
    void authUserOpensTheDatabaseRedisAndTheKeyRings() {
        AuthUserComponent component = DaggerAuthUserComponent.factory().create(environment);

        assertServes(List.of(component.sessions()), ApiOperation.LOG_IN);
        assertOpened(component.backends(), "Secrets Manager", "SSM", "PostgreSQL", "Redis");
    }

    @Test
    void authTokenOpensRedisAndTheKeyRingsButNoDatabase() {
        AuthTokenComponent component = DaggerAuthTokenComponent.factory().create(environment);

        assertServes(List.of(component.tokens()), ApiOperation.REFRESH_SESSION, ApiOperation.LOG_OUT,
                ApiOperation.LOG_OUT_EVERYWHERE);
        assertOpened(component.backends(), "Secrets Manager", "SSM", "Redis");
    }

    @Test
    void photosNeverOpensPostgresqlOrRedis() {
        PhotosComponent component = DaggerPhotosComponent.factory().create(environment);

        assertServes(List.of(component.photos(), component.document()), ApiOperation.LIST_PHOTOS,
                ApiOperation.GET_PHOTO, ApiOperation.UPDATE_PHOTO, ApiOperation.DELETE_PHOTO, ApiOperation.LIST_TAGS,
                ApiOperation.OPENAPI_DOCUMENT);
        assertOpened(component.backends(), "DynamoDB", "S3", "Secrets Manager", "SSM");
    }

    @Test
    void uploadUrlOpensTheCatalogueTheBucketAndTheKeyRings() {
        UploadUrlComponent component = DaggerUploadUrlComponent.factory().create(environment);

        assertServes(List.of(component.uploads()), ApiOperation.REQUEST_UPLOAD);
        assertOpened(component.backends(), "DynamoDB", "S3", "Secrets Manager", "SSM");
    }

    @Test
    void transferPhotosOpensTheCatalogueTheBucketAndTheSettings() {
        TransferPhotosComponent component = DaggerTransferPhotosComponent.factory().create(environment);

        assertThat(component.ingest()).isNotNull();
        assertOpened(component.backends(), "DynamoDB", "S3", "SSM");
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
