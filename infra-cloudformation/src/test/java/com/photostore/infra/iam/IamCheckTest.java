package com.photostore.infra.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.infra.Finding;
import com.photostore.infra.ProjectFiles;
import com.photostore.infra.code.FunctionResources;
import com.photostore.infra.template.CloudFormationYaml;
import com.photostore.infra.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamCheckTest {

    @Test
    void matchesActionsAsIamDoes() {
        assertThat(ActionPattern.matches("s3:Get*", "s3:GetObject")).isTrue();
        assertThat(ActionPattern.matches("S3:getobject", "s3:GetObject")).isTrue();
        assertThat(ActionPattern.matches("s3:?etObject", "s3:GetObject")).isTrue();
        assertThat(ActionPattern.matches("s3:Get*", "s3:PutObject")).isFalse();
        assertThat(ActionPattern.matches("s3:GetObject", "s3:GetObjectAcl")).isFalse();
    }

    @Test
    void findsNothingInTheGoodFixture() {
        assertThat(check(Template.read(ProjectFiles.fixture("photostore.yaml")), ProjectFiles.fixture("function-facts")))
                .isEmpty();
    }

    @Test
    void findsEachGrantOfTheBrokenCopyThatDiffersFromWhatTheCodeCalls() {
        assertThat(check(Template.read(ProjectFiles.fixture("broken/iam.yaml")), ProjectFiles.fixture("function-facts")))
                .containsExactlyInAnyOrder(
                        "Resources/CreateUserRole/Properties/Policies/0/PolicyDocument/Statement/0: grants with "
                                + "NotAction or NotResource: everything but what it names",
                        "Resources/CreateUserRole/Properties/ManagedPolicyArns/1: attaches "
                                + "arn:aws:iam::aws:policy/AmazonRDSFullAccess, a managed policy whose actions the "
                                + "check does not know",
                        "Resources/PhotosRole: Photos performs dynamodb:UpdateItem on PHOTOSTORE_TABLE "
                                + "(${PhotosTable}), which its role does not grant",
                        "Resources/PhotosRole: Photos performs s3:GetObject on PHOTOSTORE_BUCKET (${ImageBucket}), "
                                + "which its role does not grant",
                        "Resources/PhotosRole: Photos performs s3:DeleteObject on PHOTOSTORE_BUCKET (${ImageBucket}), "
                                + "which its role does not grant",
                        "Resources/PhotosRole/Properties/Policies/0/PolicyDocument/Statement/2: grants s3:GetObject on "
                                + "${WebsiteBucket.Arn}/*, but Photos performs it on PHOTOSTORE_BUCKET (${ImageBucket}) "
                                + "only",
                        "Resources/PhotosRole/Properties/Policies/0/PolicyDocument/Statement/2: grants s3:DeleteObject "
                                + "on ${WebsiteBucket.Arn}/*, but Photos performs it on PHOTOSTORE_BUCKET "
                                + "(${ImageBucket}) only",
                        "Resources/UploadUrlRole/Properties/Policies/0/PolicyDocument/Statement/1: grants "
                                + "dynamodb:Scan, which UploadUrl does not perform",
                        "Resources/TransferPhotosFunction: TransferPhotos performs sqs:ReceiveMessage on its event "
                                + "source, but no event source mapping invokes it",
                        "Resources/TransferPhotosFunction: TransferPhotos performs sqs:DeleteMessage on its event "
                                + "source, but no event source mapping invokes it",
                        "Resources/TransferPhotosFunction: TransferPhotos performs sqs:GetQueueAttributes on its event "
                                + "source, but no event source mapping invokes it",
                        "Resources/TransferPhotosRole/Properties/Policies/0/PolicyDocument/Statement/4: grants "
                                + "sqs:ReceiveMessage, which TransferPhotos does not perform",
                        "Resources/TransferPhotosRole/Properties/Policies/0/PolicyDocument/Statement/4: grants "
                                + "sqs:DeleteMessage, which TransferPhotos does not perform",
                        "Resources/TransferPhotosRole/Properties/Policies/0/PolicyDocument/Statement/4: grants "
                                + "sqs:GetQueueAttributes, which TransferPhotos does not perform");
    }

    @Test
    void countsWildcardsAndEveryActionAsGrantsButFlagsEveryActionAndASharedRole(@TempDir Path facts) throws Exception {
        Files.writeString(facts.resolve("Photos.json"), """
                {"function": "Photos", "variables": ["PHOTOSTORE_BUCKET"],
                 "actions": [{"action": "s3:GetObject", "resource": "PHOTOSTORE_BUCKET"},
                             {"action": "cloudwatch:PutMetricData", "resource": "*"}]}
                """);
        Files.writeString(facts.resolve("UploadUrl.json"), """
                {"function": "UploadUrl", "variables": ["PHOTOSTORE_BUCKET"],
                 "actions": [{"action": "s3:PutObject", "resource": "PHOTOSTORE_BUCKET"}]}
                """);
        Template template = Template.of("shared.yaml", CloudFormationYaml.parse("""
                Parameters:
                  BucketName: {Type: String}
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {}
                      ManagedPolicyArns:
                        - !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
                      Policies:
                        - PolicyName: Shared
                          PolicyDocument:
                            Statement:
                              - Effect: Allow
                                Action: s3:Get*
                                Resource: !Sub arn:${AWS::Partition}:s3:::${BucketName}/*
                              - Effect: Allow
                                Action: cloudwatch:PutMetricData
                                Resource: "*"
                  Everything:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: Everything
                      Roles: [!Ref Role]
                      PolicyDocument:
                        Statement:
                          Effect: Allow
                          Action: "*"
                          Resource: !Sub arn:${AWS::Partition}:s3:::${BucketName}/*
                  PhotosFunction:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt Role.Arn
                      Environment:
                        Variables:
                          PHOTOSTORE_BUCKET: !Ref BucketName
                  UploadUrlFunction:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt Role.Arn
                      Environment:
                        Variables:
                          PHOTOSTORE_BUCKET: !Ref BucketName
                """));

        // the statement of "*" grants UploadUrl its s3:PutObject, and is a finding of its own, once per function
        assertThat(check(template, facts)).containsExactlyInAnyOrder(
                "Resources/Everything/Properties/PolicyDocument/Statement: grants every action (\"*\")",
                "Resources/Everything/Properties/PolicyDocument/Statement: grants every action (\"*\")",
                "Resources/Role/Properties/Policies/0/PolicyDocument/Statement/0: grants s3:Get*, which UploadUrl "
                        + "does not perform",
                "Resources/Role/Properties/Policies/0/PolicyDocument/Statement/1: grants cloudwatch:PutMetricData, "
                        + "which UploadUrl does not perform",
                "Resources/Role: is the role of Photos and UploadUrl: each function has a role of its own");
    }

    private static List<String> check(Template template, Path facts) {
        return IamCheck.check(template, FunctionResources.of(template), facts).stream().map(Finding::toString)
                .toList();
    }
}
