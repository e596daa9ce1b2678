package com.photostore.infra.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.infra.Finding;
import com.photostore.infra.ProjectFiles;
import com.photostore.infra.template.CloudFormationYaml;
import com.photostore.infra.template.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteCheckTest {

    @Test
    void findsNothingInTheGoodFixture() {
        assertThat(check(Template.read(ProjectFiles.fixture("photostore.yaml")))).isEmpty();
    }

    @Test
    void findsEachRouteOfTheBrokenCopyThatDiffersFromTheCode() {
        assertThat(check(Template.read(ProjectFiles.fixture("broken/routes.yaml")))).containsExactlyInAnyOrder(
                "Resources: no route GET /api/v1/tags, which Photos serves",
                "Resources/AdminRoute: the route GET /api/v1/admin has no operation in the code",
                "Resources/RequestUploadRoute: POST /api/v1/uploads goes to Photos, but UploadUrl serves it",
                "Resources/DefaultRoute: $default goes to AuthToken, but Photos serves it",
                "Resources/LogOutRoute: the route POST /api/v1/sessions/refresh is declared twice, by "
                        + "RefreshSessionRoute too",
                "Resources: no route DELETE /api/v1/sessions/current, which AuthToken serves",
                "Resources/GetPhotoRoute/Properties/Target: is integrations/abc123, not integrations/${<Integration>}",
                "Resources/CreateUserIntegration/Properties/IntegrationUri: is ${WebsiteBucket.Arn}, which names no "
                        + "one function of the code (or its alias)",
                "Resources/AuthUserIntegration: no AWS::Lambda::Permission lets apigateway.amazonaws.com invoke "
                        + "${AuthUserAlias}");
    }

    @Test
    void wantsOneHttpApi() {
        Template template = Template.of("none.yaml", CloudFormationYaml.parse("""
                Resources:
                  Api:
                    Type: AWS::ApiGatewayV2::Api
                    Properties:
                      ProtocolType: WEBSOCKET
                """));

        assertThat(check(template)).containsExactly("Resources: the template declares 0 HTTP APIs "
                + "(AWS::ApiGatewayV2::Api with ProtocolType HTTP), not one");
    }

    private static List<String> check(Template template) {
        return RouteCheck.check(template, FunctionResources.of(template)).stream().map(Finding::toString).toList();
    }
}
