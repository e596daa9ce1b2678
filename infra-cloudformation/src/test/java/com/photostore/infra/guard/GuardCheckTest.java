package com.photostore.infra.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.infra.Finding;
import com.photostore.infra.ProjectFiles;
import com.photostore.infra.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardCheckTest {
    private static final GuardRunner GUARD = GuardRunner.bundledIn(ProjectFiles.guardPackage());
    private static final ControlTowerRules CONTROL_TOWER = ControlTowerRules.of(ProjectFiles.guardPackage(),
            ProjectFiles.guardRules().resolve("excluded-rules.txt"));
    private static final GuardCheck CHECK = GuardCheck.of(GUARD, CONTROL_TOWER, ProjectFiles.guardRules());

    @Test
    void runsTheBundledGuard() {
        assertThat(GUARD.version()).isEqualTo("cfn-guard 3.1.1");
    }

    @Test
    void leavesOutOnlyTheListedControlTowerRulesEachWithItsReason() {
        assertThat(CONTROL_TOWER.problems()).isEmpty();
        assertThat(CONTROL_TOWER.excluded()).containsKey("ct-lambda-pr-3").allSatisfy((rule, reason) ->
                assertThat(reason).hasSizeGreaterThan(20));
        assertThat(CONTROL_TOWER.included()).hasSize(CONTROL_TOWER.bundledCount() - CONTROL_TOWER.excluded().size())
                .anySatisfy(rule -> assertThat(rule).hasFileName("ct-s3-pr-1.guard"))
                .noneSatisfy(rule -> assertThat(rule).hasFileName("ct-lambda-pr-3.guard"));
        assertThat(CONTROL_TOWER.bundledCount()).isGreaterThan(200);
    }

    @Test
    void findsAnExclusionThatIsUnknownUnjustifiedOrTwice(@TempDir Path directory) throws Exception {
        Path exclusions = Files.writeString(directory.resolve("excluded-rules.txt"), """
                # comment
                ct-s3-pr-2   # a reason
                ct-s3-pr-99  # a rule that does not exist
                ct-s3-pr-9
                ct-s3-pr-2   # again
                """);

        assertThat(ControlTowerRules.of(ProjectFiles.guardPackage(), exclusions).problems())
                .extracting(Finding::toString).containsExactly(
                        "excluded-rules.txt:3: ct-s3-pr-99 is no Control Tower rule of the package",
                        "excluded-rules.txt:4: ct-s3-pr-9 is left out without a reason",
                        "excluded-rules.txt:5: ct-s3-pr-2 is listed twice");
    }

    @Test
    void findsNothingInTheGoodFixtures() {
        assertThat(check("photostore.yaml")).isEmpty();
        assertThat(check("pipeline.yaml")).isEmpty();
    }

    @Test
    void appliesTheProjectsAndControlTowersRulesToTheGoodFixture() {
        assertThat(CHECK.report(Template.read(ProjectFiles.fixture("photostore.yaml"))).compliant()).contains(
                "photostore_s3_bucket_encrypted", "photostore_redis_encrypted", "photostore_iam_role_statements",
                "photostore_s3_bucket_public_access_blocked", "photostore_lambda_permission_scoped",
                "s3_bucket_level_public_access_prohibited_check", "sqs_dlq_check");
    }

    @Test
    void findsEachRuleTheBrokenCopyFailsWithItsResources() {
        assertThat(check("broken/guard.yaml")).containsExactlyInAnyOrder(
                "Resources/ImageBucket: photostore_s3_bucket_encrypted [PHOTOSTORE.ENCRYPTION]: an S3 bucket "
                        + "encrypts its objects",
                "Resources/WebsiteBucket: photostore_s3_bucket_public_access_blocked [PHOTOSTORE.PUBLIC]: an S3 "
                        + "bucket blocks every kind of public access",
                "Resources/WebsiteBucket: s3_bucket_level_public_access_prohibited_check [CT.S3.PR.1]: Require an "
                        + "Amazon S3 bucket to have block public access settings configured",
                "Resources/WebsiteBucketPolicy: photostore_s3_bucket_policy_not_public [PHOTOSTORE.PUBLIC]: a bucket "
                        + "policy allows nothing to everyone",
                "Resources/Database: photostore_rds_storage_encrypted [PHOTOSTORE.ENCRYPTION]: an RDS database "
                        + "instance encrypts its storage",
                "Resources/Database: rds_instance_storage_encrypted_check [CT.RDS.PR.24]: Require an Amazon RDS database "
                        + "instance to have encryption at rest configured",
                "Resources/Cache: photostore_redis_encrypted [PHOTOSTORE.ENCRYPTION]: an ElastiCache replication "
                        + "group encrypts in transit",
                "Resources/Cache: elasticache_repl_grp_encrypted_in_transit_check [CT.ELASTICACHE.PR.5]: Require an "
                        + "Amazon ElastiCache for Redis replication group to have encryption in transit activated",
                "Resources/UploadQueue: photostore_sqs_queue_encrypted [PHOTOSTORE.ENCRYPTION]: an SQS queue "
                        + "encrypts its messages",
                "Resources/UploadQueue: sqs_queue_encrypted_check [CT.SQS.PR.2]: Require any Amazon SQS queue to have "
                        + "encryption at rest configured",
                "Resources/AlertTopic: photostore_sns_topic_encrypted [PHOTOSTORE.ENCRYPTION]: an SNS topic "
                        + "encrypts its messages with a KMS key",
                "Resources/PhotosTable: photostore_dynamodb_table_encrypted [PHOTOSTORE.ENCRYPTION]: a DynamoDB "
                        + "table encrypts with a KMS key",
                "Resources/PhotosTable: dynamodb_table_encrypted_kms_check [CT.DYNAMODB.PR.2]: Require an Amazon "
                        + "DynamoDB table to be encrypted at rest using an AWS KMS key",
                "Resources/PhotosRole: photostore_iam_role_statements [PHOTOSTORE.IAM]: a role's inline policy "
                        + "grants named actions, and \"Resource\": \"*\" only for actions without resources",
                "Resources/PhotosRole: iam_inline_policy_no_statements_with_full_access_check [CT.IAM.PR.5]: Require "
                        + "that AWS Identity and Access Management (IAM) inline policies do not have wildcard service "
                        + "actions",
                "Resources/UploadUrlRole: photostore_iam_role_statements [PHOTOSTORE.IAM]: a role's inline policy "
                        + "grants named actions, and \"Resource\": \"*\" only for actions without resources",
                "Resources/UploadUrlApiPermission: photostore_lambda_permission_scoped [PHOTOSTORE.PUBLIC]: a Lambda "
                        + "permission names the one source that may invoke the function");
    }

    private static List<String> check(String fixture) {
        return CHECK.check(Template.read(ProjectFiles.fixture(fixture))).stream().map(Finding::toString).toList();
    }
}
