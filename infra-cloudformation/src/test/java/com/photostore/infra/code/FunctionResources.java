package com.photostore.infra.code;

import com.photostore.infra.Finding;
import com.photostore.infra.template.Intrinsics;
import com.photostore.infra.template.Resource;
import com.photostore.infra.template.Template;
import com.photostore.lambda.LambdaFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The template's {@code AWS::Lambda::Function} resources of the code's functions, the function {@code <Name>} being
 * the resource {@code <Name>Function}, and what refers to them directly or through their aliases and versions
 * ({@code AWS::Lambda::Alias} and {@code AWS::Lambda::Version}, whose {@code FunctionName} names the function).
 */
public final class FunctionResources {
    static final String FUNCTION = "AWS::Lambda::Function";
    private static final Set<String> FUNCTION_POINTERS = Set.of("AWS::Lambda::Alias", "AWS::Lambda::Version");

    private final Template template;
    private final Map<LambdaFunction, Resource> resources;
    private final List<Finding> findings;

    private FunctionResources(Template template, Map<LambdaFunction, Resource> resources, List<Finding> findings) {
        this.template = template;
        this.resources = resources;
        this.findings = findings;
    }

    /** The functions of a template, with a finding for each function resource of no function and each one missing. */
    public static FunctionResources of(Template template) {
        Map<LambdaFunction, Resource> resources = new EnumMap<>(LambdaFunction.class);
        List<Finding> findings = new ArrayList<>();
        for (Resource resource : template.resourcesOfType(FUNCTION)) {
            Optional<LambdaFunction> function = byLogicalId(resource.logicalId());
            if (function.isEmpty()) {
                findings.add(new Finding(resource.path(), "is no function of the code: the function <Name> of "
                        + "LambdaFunction is the resource <Name>Function"));
            } else {
                resources.put(function.get(), resource);
            }
        }
        for (LambdaFunction function : LambdaFunction.values()) {
            if (!resources.containsKey(function)) {
                findings.add(new Finding("Resources", "no AWS::Lambda::Function " + logicalId(function) + " for the "
                        + "function " + function.functionName()));
            }
        }
        return new FunctionResources(template, resources, List.copyOf(findings));
    }

    /** The logical id of a function's resource, {@code <Name>Function}. */
    public static String logicalId(LambdaFunction function) {
        return function.functionName() + "Function";
    }

    /** The resources by function (only those the template declares). */
    public Map<LambdaFunction, Resource> resources() {
        return resources;
    }

    /** The function resources missing, and those of no function. */
    public List<Finding> findings() {
        return findings;
    }

    /** The functions a value refers to, directly or through an alias or version. */
    public Set<LambdaFunction> functionsReferredBy(Object value) {
        Set<LambdaFunction> functions = new LinkedHashSet<>();
        for (String name : Intrinsics.referencedNames(value)) {
            template.resource(name).ifPresent(resource -> {
                if (FUNCTION.equals(resource.type())) {
                    byLogicalId(resource.logicalId()).filter(f -> resources.get(f) == resource).ifPresent(functions::add);
                } else if (FUNCTION_POINTERS.contains(resource.type())) {
                    resource.property("FunctionName").ifPresent(target -> functions.addAll(functionsReferredBy(target)));
                }
            });
        }
        return functions;
    }

    private static Optional<LambdaFunction> byLogicalId(String logicalId) {
        for (LambdaFunction function : LambdaFunction.values()) {
            if (logicalId(function).equals(logicalId)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }
}
