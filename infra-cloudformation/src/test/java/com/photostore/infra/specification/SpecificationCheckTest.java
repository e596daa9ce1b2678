package com.photostore.infra.specification;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.infra.Finding;
import com.photostore.infra.ProjectFiles;
import com.photostore.infra.template.CloudFormationYaml;
import com.photostore.infra.template.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecificationCheckTest {
    private static final ResourceSpecification SPECIFICATION =
            ResourceSpecification.load(ProjectFiles.specificationDatabase());

    @Test
    void readsTheWholeSpecification() {
        assertThat(SPECIFICATION.resourceTypeCount()).isGreaterThan(1500);
        ResourceTypeSpecification function = SPECIFICATION.resourceType("AWS::Lambda::Function").orElseThrow();
        assertThat(function.properties().get("Role").required()).isTrue();
        assertThat(function.properties().get("MemorySize").types())
                .containsExactly(new ValueType.Primitive("integer"));
        assertThat(function.attributes()).contains("Arn", "SnapStartResponse.ApplyOn");
        assertThat(SPECIFICATION.resourceType("AWS::ElastiCache::ReplicationGroup").orElseThrow().attributes())
                .contains("PrimaryEndPoint.Address", "PrimaryEndPoint.Port");
    }

    @Test
    void findsNothingInTheGoodFixtures() {
        assertThat(check("photostore.yaml")).isEmpty();
        assertThat(check("pipeline.yaml")).isEmpty();
    }

    @Test
    void findsEachDisagreementOfTheBrokenCopy() {
        assertThat(check("broken/specification.yaml")).containsExactlyInAnyOrder(
                "Resources/UploadDeadLetterQueue: unknown resource type AWS::SQS::Queues",
                "Resources/ImageBucket/Properties/BucketEncryptions: AWS::S3::Bucket has no property BucketEncryptions",
                "Resources/ImageBucket/Properties/LifecycleConfiguration/Rules/0: misses required property Status",
                "Resources/PhotosFunction/Properties: AWS::Lambda::Function misses required property Role",
                "Resources/PhotosFunction/Properties/MemorySize: expected an integer but found string large",
                "Resources/PhotosFunction/Properties/Architectures: expected a list but found string arm64",
                "Resources/PhotosTable/Properties/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled: "
                        + "expected a boolean but found string yes",
                "Resources/ApiStage/Properties/DefaultRouteSettings/ThrottlingBurstLimit: expected an integer but "
                        + "found a list",
                "Outputs/ApiUrl/Value/Fn::Sub/1/Endpoint/Fn::GetAtt: AWS::ApiGatewayV2::Api has no attribute ApiUrl "
                        + "(HttpApi.ApiUrl)",
                "Resources/Database: unknown resource key Tags",
                "Resources/Database/DeletionPolicy: is Keep, not one of [Delete, Retain, RetainExceptOnCreate, "
                        + "Snapshot]");
    }

    @Test
    void findsATransformAndTakesCustomResourcesWithTheirToken() {
        Template template = Template.of("transform.yaml", CloudFormationYaml.parse("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Seed:
                    Type: Custom::Seed
                    Properties:
                      Anything: [1, 2]
                  Unseeded:
                    Type: Custom::Seed
                """));

        assertThat(SpecificationCheck.check(SPECIFICATION, template)).extracting(Finding::toString)
                .containsExactly("Transform: the template declares a Transform: it must be plain CloudFormation",
                        "Resources/Seed: the custom resource misses required property ServiceToken",
                        "Resources/Unseeded: the custom resource misses required property ServiceToken");
    }

    private static List<String> check(String fixture) {
        return SpecificationCheck.check(SPECIFICATION, Template.read(ProjectFiles.fixture(fixture))).stream()
                .map(Finding::toString).toList();
    }
}
