package com.photostore.infra.iam;

import com.photostore.infra.template.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The platform allow-list: what a function's role grants beyond the actions its code performs, because Lambda itself
 * performs them with the role. Each is required or only allowed, and may be granted on any resource unless it acts
 * on the function's event source.
 * <ul>
 *   <li>every function: CloudWatch Logs, to write its logs ({@code logs:CreateLogStream}, {@code logs:PutLogEvents};
 *       {@code logs:CreateLogGroup} allowed, for a log group the template does not declare);</li>
 *   <li>a function with {@code VpcConfig}: the network interfaces Lambda creates in the VPC (what
 *       {@code AWSLambdaVPCAccessExecutionRole} grants);</li>
 *   <li>a function with {@code TracingConfig.Mode: Active}: X-Ray trace writes and sampling;</li>
 *   <li>a function with an SQS event source mapping: the poller's receive, delete and attribute reads on that
 *       queue ({@code sqs:ChangeMessageVisibility} allowed).</li>
 * </ul>
 */
final class PlatformPermissions {
    private static final String LOGS = "Lambda: logs";
    private static final String VPC = "Lambda: VPC network interfaces";
    private static final String TRACES = "Lambda: X-Ray traces";
    private static final String EVENT_SOURCE = "Lambda: event source";

    private PlatformPermissions() {
    }

    /** The platform's permissions of a function, given the target of its event source queue if it has one. */
    static List<Permission> of(Resource function, Optional<Target> eventSource) {
        List<Permission> permissions = new ArrayList<>();
        anywhere(permissions, LOGS, true, "logs:CreateLogStream", "logs:PutLogEvents");
        anywhere(permissions, LOGS, false, "logs:CreateLogGroup");
        if (function.property("VpcConfig").isPresent()) {
            anywhere(permissions, VPC, true, "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
                    "ec2:DeleteNetworkInterface");
            anywhere(permissions, VPC, false, "ec2:DescribeSubnets", "ec2:AssignPrivateIpAddresses",
                    "ec2:UnassignPrivateIpAddresses", "ec2:DescribeSecurityGroups", "ec2:DescribeVpcs");
        }
        if ("Active".equals(function.property("TracingConfig", "Mode").orElse(null))) {
            anywhere(permissions, TRACES, true, "xray:PutTraceSegments", "xray:PutTelemetryRecords");
            anywhere(permissions, TRACES, false, "xray:GetSamplingRules", "xray:GetSamplingTargets",
                    "xray:GetSamplingStatisticSummaries");
        }
        eventSource.ifPresent(queue -> {
            for (String action : List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes")) {
                permissions.add(new Permission(action, EVENT_SOURCE, queue, true));
            }
            permissions.add(new Permission("sqs:ChangeMessageVisibility", EVENT_SOURCE, queue, false));
        });
        return permissions;
    }

    private static void anywhere(List<Permission> permissions, String reason, boolean required, String... actions) {
        for (String action : actions) {
            permissions.add(new Permission(action, reason, Target.any("any resource"), required));
        }
    }
}
