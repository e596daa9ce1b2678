package com.photostore.infra.code;

import com.photostore.infra.Finding;
import com.photostore.infra.template.Intrinsics;
import com.photostore.infra.template.Resource;
import com.photostore.lambda.LambdaFunction;
import com.photostore.wiring.AwsDeployment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each function's environment against what its code reads in its real runs: every variable it reads is set (but
 * those with a default or an alternative), and none is set that it does not read.
 */
public final class EnvironmentCheck {
    /**
     * Variables the code reads that the template may leave unset: {@code REDIS_URL} replaces the ElastiCache
     * parameters when set (a deployment names ElastiCache by the parameters instead), {@code PHOTOSTORE_REDIS_TLS}
     * defaults to TLS on, {@code PHOTOSTORE_RDS_SSL_MODE} to {@code require}.
     */
    static final Set<String> OPTIONAL = Set.of(AwsDeployment.REDIS_URL, AwsDeployment.REDIS_TLS,
            AwsDeployment.RDS_SSL_MODE);
    /** Variables read by the runtime rather than by the code, which the template may set. */
    static final Set<String> RUNTIME = Set.of("JAVA_TOOL_OPTIONS");

    private EnvironmentCheck() {
    }

    /** The findings of a template's functions against the facts recorded in a directory. */
    public static List<Finding> check(FunctionResources functions, Path factsDirectory) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<LambdaFunction, Resource> entry : functions.resources().entrySet()) {
            FunctionFacts facts = FunctionFacts.of(factsDirectory, entry.getKey().functionName());
            check(facts, entry.getValue(), findings);
        }
        return findings;
    }

    private static void check(FunctionFacts facts, Resource resource, List<Finding> findings) {
        String path = resource.path() + "/Properties/Environment/Variables";
        Object variables = resource.property("Environment", "Variables").orElse(Map.of());
        if (!(variables instanceof Map<?, ?> set) || Intrinsics.isIntrinsic(variables)) {
            findings.add(new Finding(path, "is not a literal map of variables"));
            return;
        }
        Set<String> names = new TreeSet<>();
        set.keySet().forEach(name -> names.add(String.valueOf(name)));
        for (String read : new TreeSet<>(facts.variables())) {
            if (!names.contains(read) && !OPTIONAL.contains(read)) {
                findings.add(new Finding(path, facts.function() + " reads " + read + ", which the template does not "
                        + "set"));
            }
        }
        for (String name : names) {
            if (!facts.variables().contains(name) && !RUNTIME.contains(name)) {
                findings.add(new Finding(path + "/" + name, facts.function() + " is given " + name + ", which its "
                        + "code does not read"));
            }
        }
    }
}
