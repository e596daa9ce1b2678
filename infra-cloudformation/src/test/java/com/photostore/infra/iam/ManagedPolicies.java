package com.photostore.infra.iam;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS managed policies a function's role may attach, with the actions each grants (on {@code "*"}); the check
 * knows no others, so that an attached policy can never grant more than it can see.
 */
final class ManagedPolicies {
    private static final List<String> LOGS = List.of("logs:CreateLogGroup", "logs:CreateLogStream",
            "logs:PutLogEvents");
    private static final Map<String, List<String>> ACTIONS = Map.of(
            "service-role/AWSLambdaBasicExecutionRole", LOGS,
            "service-role/AWSLambdaVPCAccessExecutionRole", List.of("logs:CreateLogGroup", "logs:CreateLogStream",
                    "logs:PutLogEvents", "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
                    "ec2:DescribeSubnets", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses",
                    "ec2:UnassignPrivateIpAddresses"),
            "AWSXRayDaemonWriteAccess", List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
                    "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries"));
    private static final String PREFIX = ":iam::aws:policy/";

    private ManagedPolicies() {
    }

    /** The actions of the AWS managed policy an ARN (literal or {@code Fn::Sub} text) names, if the check knows it. */
    static Optional<List<String>> actions(String arn) {
        int start = arn.indexOf(PREFIX);
        return start < 0 ? Optional.empty() : Optional.ofNullable(ACTIONS.get(arn.substring(start + PREFIX.length())));
    }
}
