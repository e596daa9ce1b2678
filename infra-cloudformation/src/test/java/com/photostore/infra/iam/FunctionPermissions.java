package com.photostore.infra.iam;

import com.photostore.infra.Finding;
import com.photostore.infra.code.FunctionFacts;
import com.photostore.infra.code.FunctionResources;
import com.photostore.infra.template.Intrinsics;
import com.photostore.infra.template.Resource;
import com.photostore.infra.template.Template;
import com.photostore.lambda.LambdaFunction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One function's permissions: those its code needs (each recorded action on the resource its variable names in the
 * template), the platform's, and the grants of its role; and how they compare.
 */
final class FunctionPermissions {
    /** What follows a table's variable in a recorded resource when the call was a query of one of its indexes. */
    private static final String INDEX = "/index/";
    private final LambdaFunction function;
    private final RoleGrants role;
    private final List<Permission> permissions = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private FunctionPermissions(LambdaFunction function, RoleGrants role) {
        this.function = function;
        this.role = role;
    }

    /** The permissions of a function of the template, given its recorded facts. */
    static FunctionPermissions of(Template template, FunctionResources functions, LambdaFunction function,
                                  FunctionFacts facts) {
        Resource resource = functions.resources().get(function);
        FunctionPermissions permissions = new FunctionPermissions(function, RoleGrants.of(template, resource));
        Optional<Target> eventSource = eventSource(template, functions, function);
        Map<String, Object> variables = resource.mapProperty("Environment", "Variables");
        for (FunctionFacts.RecordedAction action : facts.actions()) {
            permissions.target(resource, action, variables, eventSource).ifPresent(target ->
                    permissions.permissions.add(new Permission(action.action(), action.resource(), target, true)));
        }
        permissions.permissions.addAll(PlatformPermissions.of(resource, eventSource));
        permissions.permissions.addAll(PathsNotRun.of(function, variables));
        return permissions;
    }

    /** The function. */
    LambdaFunction function() {
        return function;
    }

    /** The role's logical id, when the function's role is one of the template. */
    Optional<String> role() {
        return role.role().map(Resource::logicalId);
    }

    /** The permissions the role must or may grant. */
    List<Permission> permissions() {
        return List.copyOf(permissions);
    }

    /** The resources of the role's statements that grant a permission. */
    List<Object> grantedOn(Permission permission) {
        List<Object> resources = new ArrayList<>();
        for (Grant grant : role.grants()) {
            if (grant.actions().stream().anyMatch(granted -> ActionPattern.matches(granted, permission.action()))) {
                grant.resources().stream().filter(permission.target()::referredBy)
                        .filter(r -> !resources.contains(r)).forEach(resources::add);
            }
        }
        return resources;
    }

    /**
     * The findings: what the function needs that its role does not grant, and what its role grants beyond its needs
     * and the platform's allow-list (an action it does not perform, or one it performs on other resources).
     */
    List<Finding> check() {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(role.findings());
        if (role.role().isEmpty()) {
            return all;
        }
        String rolePath = role.role().get().path();
        Set<String> missing = new LinkedHashSet<>();
        for (Permission permission : permissions) {
            if (permission.required() && grantedOn(permission).isEmpty()) {
                missing.add(function.functionName() + " performs " + permission.action() + " on "
                        + permission.target().description() + ", which its role does not grant");
            }
        }
        missing.forEach(message -> all.add(new Finding(rolePath, message)));
        for (Grant grant : role.grants()) {
            for (String granted : grant.actions()) {
                all.addAll(beyondNeeds(grant, granted));
            }
        }
        return all;
    }

    private List<Finding> beyondNeeds(Grant grant, String granted) {
        if ("*".equals(granted)) {
            return List.of(new Finding(grant.source(), "grants every action (\"*\")"));
        }
        List<Permission> covered = permissions.stream()
                .filter(permission -> ActionPattern.matches(granted, permission.action())).toList();
        if (covered.isEmpty()) {
            return List.of(new Finding(grant.source(), "grants " + granted + ", which " + function.functionName()
                    + " does not perform"));
        }
        List<Finding> beyond = new ArrayList<>();
        for (Object resource : grant.resources()) {
            if (covered.stream().noneMatch(permission -> permission.target().referredBy(resource))) {
                Set<String> targets = new LinkedHashSet<>();
                covered.forEach(permission -> targets.add(permission.target().description()));
                beyond.add(new Finding(grant.source(), "grants " + granted + " on " + Intrinsics.render(resource)
                        + ", but " + function.functionName() + " performs it on " + String.join(", ", targets)
                        + " only"));
            }
        }
        return beyond;
    }

    private Optional<Target> target(Resource resource, FunctionFacts.RecordedAction action,
                                    Map<String, Object> variables, Optional<Target> eventSource) {
        String path = resource.path() + "/Properties/Environment/Variables";
        switch (action.resource()) {
            case FunctionFacts.NO_RESOURCE:
                return Optional.of(Target.noResource());
            case FunctionFacts.EVENT_SOURCE:
                if (eventSource.isEmpty()) {
                    findings.add(new Finding(resource.path(), function.functionName() + " performs "
                            + action.action() + " on its event source, but no event source mapping invokes it"));
                }
                return eventSource;
            default:
                int index = action.resource().indexOf(INDEX);
                String variable = index < 0 ? action.resource() : action.resource().substring(0, index);
                Object value = variables.get(variable);
                if (value == null) {
                    findings.add(new Finding(path, function.functionName() + " performs " + action.action()
                            + " on the resource of " + variable + ", which the template does not set"));
                    return Optional.empty();
                }
                Target target = Target.of(variable, value);
                return Optional.of(index < 0 ? target
                        : target.within(INDEX, " " + action.resource().substring(index)));
        }
    }

    /** The queue of the SQS event source mapping that invokes the function (or its alias), if one does. */
    private static Optional<Target> eventSource(Template template, FunctionResources functions,
                                                LambdaFunction function) {
        return template.resourcesOfType("AWS::Lambda::EventSourceMapping").stream()
                .filter(mapping -> functions.functionsReferredBy(mapping.property("FunctionName").orElse(null))
                        .contains(function))
                .map(mapping -> mapping.property("EventSourceArn").orElse(null))
                .filter(arn -> Intrinsics.referencedNames(arn).stream().map(template::resource)
                        .flatMap(Optional::stream).anyMatch(r -> "AWS::SQS::Queue".equals(r.type())))
                .findFirst()
                .map(arn -> Target.of("the event source", arn));
    }
}
