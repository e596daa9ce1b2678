package com.photostore.infra.iam;

import com.photostore.infra.code.FunctionResources;
import com.photostore.infra.template.Intrinsics;
import com.photostore.infra.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code docs/iam.md}: per function, each action its role grants, on which resource, named by which variable (or
 * granted for the platform), and the resources of the statements that grant it; written from the same template and
 * recorded facts as {@link IamCheck}.
 */
public final class IamDocument {
    /** The command that writes the document again. */
    public static final String WRITE_COMMAND =
            "./mvnw -B -o -pl infra-cloudformation verify -Dtest=ProductionTemplatesTest -Dphotostore.iam.write=true";

    private IamDocument() {
    }

    /** The document of a template's functions. */
    public static String render(Template template, FunctionResources functions, Path factsDirectory) {
        StringBuilder out = new StringBuilder();
        out.append("# IAM permissions of the functions\n\n")
                .append("Each Lambda function of `infra-cloudformation/photostore.yaml` has a role of its own. The role ")
                .append("grants the AWS API\nactions the function's code performs in the runs of the app-lambda build ")
                .append("(`app-lambda/target/function-facts/`), each on\nthe resource the function's variable names, ")
                .append("and the platform's: CloudWatch Logs for every function, network\ninterfaces for the ")
                .append("functions in the VPC, the polling of its queue for the function of the event source;\n")
                .append("and `dynamodb:DeleteItem` for UploadUrl and TransferPhotos, which release a content guard on ")
                .append("code paths the runs\ndo not take on purpose (`PathsNotRun` names them).\n")
                .append("Nothing else: `IamCheck` fails on any other grant, and `ProductionTemplatesTest` when this ")
                .append("file differs from\nwhat the template and the recorded calls give. Write it again with\n`")
                .append(WRITE_COMMAND).append("`.\n");
        for (FunctionPermissions permissions : IamCheck.permissions(template, functions, factsDirectory)) {
            out.append("\n## ").append(permissions.function().functionName()).append("\n\n")
                    .append("Role `").append(permissions.role().orElse("(none)")).append("`.\n\n")
                    .append("| action | on | named by | granted on |\n|---|---|---|---|\n");
            for (Permission permission : rows(permissions)) {
                out.append("| `").append(permission.action()).append("` | ")
                        .append(on(permission)).append(" | ")
                        .append(permission.namedBy().startsWith("Lambda") ? permission.namedBy()
                                : "`" + permission.namedBy() + "`").append(" | ")
                        .append(grantedOn(permissions, permission)).append(" |\n");
            }
        }
        return out.toString();
    }

    private static List<Permission> rows(FunctionPermissions permissions) {
        List<Permission> code = new ArrayList<>();
        List<Permission> platform = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Permission permission : permissions.permissions()) {
            boolean granted = !permissions.grantedOn(permission).isEmpty();
            if ((permission.required() || granted) && seen.add(permission.action() + " " + permission.target().kind() + " " + permission.target().literal())) {
                (permission.namedBy().startsWith("Lambda") ? platform : code).add(permission);
            }
        }
        code.sort(Comparator.comparing(Permission::action).thenComparing(Permission::namedBy));
        code.addAll(platform);
        return code;
    }

    private static String on(Permission permission) {
        return switch (permission.target().kind()) {
            case ANY -> "any resource";
            case NO_RESOURCE -> "`*`";
            case NAMED -> "`" + permission.target().literal() + "`";
        };
    }

    private static String grantedOn(FunctionPermissions permissions, Permission permission) {
        List<String> resources = new ArrayList<>();
        for (Object resource : permissions.grantedOn(permission)) {
            resources.add("`" + Intrinsics.render(resource) + "`");
        }
        return resources.isEmpty() ? "not granted" : String.join("<br>", resources);
    }
}
