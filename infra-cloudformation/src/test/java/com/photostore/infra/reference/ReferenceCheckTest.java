package com.photostore.infra.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.infra.Finding;
import com.photostore.infra.ProjectFiles;
import com.photostore.infra.template.CloudFormationYaml;
import com.photostore.infra.template.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceCheckTest {

    @Test
    void findsNothingInTheGoodFixtures() {
        assertThat(ReferenceCheck.check(Template.read(ProjectFiles.fixture("photostore.yaml")))).isEmpty();
        assertThat(ReferenceCheck.check(Template.read(ProjectFiles.fixture("pipeline.yaml")))).isEmpty();
    }

    @Test
    void findsEachNameOfTheBrokenCopyThatDoesNotExist() {
        List<String> findings = ReferenceCheck.check(Template.read(ProjectFiles.fixture("broken/references.yaml")))
                .stream().map(Finding::toString).toList();

        assertThat(findings).containsExactlyInAnyOrder(
                "Conditions/HasAlertEmail/Fn::Not/0/Fn::Equals/1/Ref: a condition refers to AlertTopic, which is no "
                        + "parameter",
                "Resources/UploadDeadLetterQueue/Properties/MessageRetentionPeriod/Fn::Length: unknown intrinsic "
                        + "function Fn::Length",
                "Resources/Vpc/Properties/CidrBlock/Fn::FindInMap: the mapping Network has no key Vpc.CidrBlock",
                "Resources/ImageBucket/DependsOn: DependsOn names UploadQueuePolicies, which is no resource",
                "Resources/AuthUserRole/Properties/Policies/0/PolicyDocument/Statement/8/Resource/Fn::Sub: refers to "
                        + "AWS::Regin, which is no parameter, resource or pseudo parameter",
                "Resources/PhotosRole/Properties/Policies/0/PolicyDocument/Statement/2/Resource/Fn::Sub: reads "
                        + "attribute Arn of ImageBuckets, which is no resource",
                "Resources/PhotosFunction/Properties/Environment/Variables/PHOTOSTORE_TABLE/Ref: refers to PhotoTable, "
                        + "which is no parameter, resource or pseudo parameter",
                "Resources/AlertSubscription/Condition: the condition HasAlertAddress does not exist",
                "Outputs/OriginArn/Value/Fn::GetAtt: reads attribute Arn of WebsiteOrigin, which is a parameter, not a "
                        + "resource",
                "Outputs/StageUrl/Value/Fn::Sub: refers to Stage, which is no parameter, resource or pseudo parameter",
                "Resources/UploadQueuePolicy: circular dependency: UploadQueuePolicy -> ImageBucket -> "
                        + "UploadQueuePolicy");
    }

    @Test
    void takesTheEscapedAndTheOwnVariablesOfASub() {
        Template template = Template.of("sub.yaml", CloudFormationYaml.parse("""
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                Outputs:
                  Escaped:
                    Value: !Sub "${!Literal}-${Queue}-${Queue.Arn}-${AWS::Region}"
                  Own:
                    Value: !Sub ["${Name}.${AWS::URLSuffix}", {Name: !GetAtt Queue.QueueName}]
                """));

        assertThat(ReferenceCheck.check(template)).isEmpty();
    }

    @Test
    void findsATemplateWithoutResourcesAndAResourceDependingOnItself() {
        assertThat(ReferenceCheck.check(Template.of("empty.yaml", CloudFormationYaml.parse("Resources: {}"))))
                .extracting(Finding::toString).containsExactly("Resources: the template declares no resources");
        assertThat(ReferenceCheck.check(Template.of("self.yaml", CloudFormationYaml.parse("""
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                    DependsOn: Queue
                """)))).extracting(Finding::toString)
                .containsExactly("Resources/Queue/DependsOn: the resource depends on itself");
    }
}
