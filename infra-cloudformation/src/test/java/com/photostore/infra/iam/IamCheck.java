package com.photostore.infra.iam;

import com.photostore.infra.Finding;
import com.photostore.infra.code.FunctionFacts;
import com.photostore.infra.code.FunctionResources;
import com.photostore.infra.template.Template;
import com.photostore.lambda.LambdaFunction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each function's role against the AWS API actions its code performs in its real runs: every action is granted on
 * the resource the function's variable names, nothing else is granted but the platform allow-list
 * ({@link PlatformPermissions}), and no two functions share a role.
 */
public final class IamCheck {

    private IamCheck() {
    }

    /** The findings of a template's roles against the facts recorded in a directory. */
    public static List<Finding> check(Template template, FunctionResources functions, Path factsDirectory) {
        List<Finding> findings = new ArrayList<>();
        Map<String, LambdaFunction> roles = new LinkedHashMap<>();
        for (FunctionPermissions permissions : permissions(template, functions, factsDirectory)) {
            findings.addAll(permissions.check());
            permissions.role().ifPresent(role -> {
                LambdaFunction other = roles.put(role, permissions.function());
                if (other != null) {
                    findings.add(new Finding("Resources/" + role, "is the role of " + other.functionName() + " and "
                            + permissions.function().functionName() + ": each function has a role of its own"));
                }
            });
        }
        return findings;
    }

    /** The permissions of each function the template declares, in the order of {@link LambdaFunction}. */
    static List<FunctionPermissions> permissions(Template template, FunctionResources functions,
                                                 Path factsDirectory) {
        List<FunctionPermissions> all = new ArrayList<>();
        for (LambdaFunction function : functions.resources().keySet()) {
            FunctionFacts facts = FunctionFacts.of(factsDirectory, function.functionName());
            all.add(FunctionPermissions.of(template, functions, function, facts));
        }
        return all;
    }
}
