package com.photostore.infra.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.infra.Finding;
import com.photostore.infra.ProjectFiles;
import com.photostore.infra.template.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlerCheckTest {

    @Test
    void findsNothingInTheGoodFixture() {
        assertThat(check("photostore.yaml")).isEmpty();
    }

    @Test
    void findsEachFunctionOfTheBrokenCopyThatDiffersFromTheCode() {
        assertThat(check("broken/functions.yaml")).containsExactlyInAnyOrder(
                "Resources/SignUpFunction: is no function of the code: the function <Name> of LambdaFunction is the "
                        + "resource <Name>Function",
                "Resources/ThumbnailsFunction: is no function of the code: the function <Name> of LambdaFunction is "
                        + "the resource <Name>Function",
                "Resources: no AWS::Lambda::Function CreateUserFunction for the function CreateUser",
                "Resources/AuthTokenFunction/Properties/Handler: com.photostore.lambda.AuthTokenHandler::handle is "
                        + "not the handler string of AuthToken, com.photostore.lambda.AuthTokenHandler::handleRequest",
                "Resources/AuthTokenFunction/Properties/Handler: com.photostore.lambda.AuthTokenHandler in "
                        + "AuthToken.jar has no public method handle",
                "Resources/PhotosFunction/Properties/Handler: com.photostore.lambda.PhotoHandler::handleRequest is "
                        + "not the handler string of Photos, com.photostore.lambda.PhotosHandler::handleRequest",
                "Resources/PhotosFunction/Properties/Handler: Photos.jar holds no class "
                        + "com.photostore.lambda.PhotoHandler",
                "Resources/UploadUrlFunction/Properties/Code: is ../app-lambda/target/functions/Photos.jar, not the "
                        + "function's jar ../app-lambda/target/functions/UploadUrl.jar",
                "Resources/TransferPhotosFunction/Properties/MemorySize: is 1024 MB, not the 2048 MB of "
                        + "TransferPhotos",
                "Resources/TransferPhotosFunction/Properties/Timeout: is 30 s, not the 60 s of TransferPhotos");
    }

    private static List<String> check(String fixture) {
        Template template = Template.read(ProjectFiles.fixture(fixture));
        return HandlerCheck.check(FunctionResources.of(template), ProjectFiles.functionJars()).stream()
                .map(Finding::toString).toList();
    }
}
