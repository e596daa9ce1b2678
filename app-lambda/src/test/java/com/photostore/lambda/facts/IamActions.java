package com.photostore.lambda.facts;

import java.util.List;
import java.util.Map;

/**
 * The IAM actions that authorise an AWS API call, from the SDK's service and operation names: mostly the operation
 * under the service's prefix, with the exceptions IAM documents (a HEAD of an object needs {@code s3:GetObject}, a
 * listing {@code s3:ListBucket}, a batch delete {@code s3:DeleteObject}; reading an object also needs
 * {@code s3:ListBucket} for S3 to answer a missing key with 404, which the code takes for "gone", rather than 403),
 * and the S3 requests that functions sign
 * themselves: a presigned GET ({@code s3:GetObject}) and a presigned POST form ({@code s3:PutObject}).
 */
final class IamActions {
    private static final Map<String, String> PREFIXES = Map.of("DynamoDb", "dynamodb", "S3", "s3", "Sqs", "sqs",
            "SecretsManager", "secretsmanager", "Ssm", "ssm", "Sns", "sns");
    private static final Map<String, List<String>> EXCEPTIONS = Map.ofEntries(
            Map.entry("S3 HeadObject", List.of("s3:GetObject", "s3:ListBucket")),
            Map.entry("S3 GetObject", List.of("s3:GetObject", "s3:ListBucket")),
            Map.entry("S3 HeadBucket", List.of("s3:ListBucket")),
            Map.entry("S3 ListObjectsV2", List.of("s3:ListBucket")),
            Map.entry("S3 ListObjects", List.of("s3:ListBucket")),
            Map.entry("S3 DeleteObjects", List.of("s3:DeleteObject")),
            Map.entry("S3 CopyObject", List.of("s3:GetObject", "s3:PutObject")),
            Map.entry("S3 PresignedGetObject", List.of("s3:GetObject")),
            Map.entry("S3 PresignedPostObject", List.of("s3:PutObject")),
            Map.entry("Sqs DeleteMessageBatch", List.of("sqs:DeleteMessage")),
            Map.entry("Sqs SendMessageBatch", List.of("sqs:SendMessage")),
            Map.entry("Sqs ChangeMessageVisibilityBatch", List.of("sqs:ChangeMessageVisibility")));

    private IamActions() {
    }

    static List<String> of(String service, String operation) {
        List<String> exception = EXCEPTIONS.get(service + " " + operation);
        if (exception != null) {
            return exception;
        }
        String prefix = PREFIXES.get(service);
        if (prefix == null) {
            throw new IllegalArgumentException("no IAM prefix known for the SDK service " + service);
        }
        return List.of(prefix + ":" + operation);
    }
}
