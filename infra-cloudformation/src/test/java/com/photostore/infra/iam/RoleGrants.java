package com.photostore.infra.iam;

import com.photostore.infra.Finding;
import com.photostore.infra.template.Intrinsics;
import com.photostore.infra.template.Resource;
import com.photostore.infra.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code Allow} statements a function's role grants: its {@code Role} is {@code !GetAtt <Role>.Arn} of an
 * {@code AWS::IAM::Role}, whose inline {@code Policies}, {@code ManagedPolicyArns} (an {@code AWS::IAM::ManagedPolicy}
 * of the template, or an AWS managed policy that {@link ManagedPolicies} knows) and the {@code AWS::IAM::Policy},
 * {@code AWS::IAM::ManagedPolicy} and {@code AWS::IAM::RolePolicy} resources naming the role all count.
 */
final class RoleGrants {
    private static final String ROLE = "AWS::IAM::Role";

    private final Template template;
    private final List<Grant> grants = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private Resource role;

    private RoleGrants(Template template) {
        this.template = template;
    }

    /** The grants of a function resource's role. */
    static RoleGrants of(Template template, Resource function) {
        RoleGrants grants = new RoleGrants(template);
        grants.read(function);
        return grants;
    }

    /** The role, when the function's {@code Role} is a role of the template. */
    Optional<Resource> role() {
        return Optional.ofNullable(role);
    }

    /** The {@code Allow} statements. */
    List<Grant> grants() {
        return List.copyOf(grants);
    }

    /** What is wrong with the role: not a role of the template, {@code NotAction}, an unknown managed policy. */
    List<Finding> findings() {
        return List.copyOf(findings);
    }

    private void read(Resource function) {
        Object reference = function.property("Role").orElse(null);
        List<Resource> roles = Intrinsics.referencedNames(reference).stream().map(template::resource)
                .flatMap(Optional::stream).filter(r -> ROLE.equals(r.type())).toList();
        if (roles.size() != 1 || Intrinsics.getAtt(reference).filter(a -> "Arn".equals(a.attribute())).isEmpty()) {
            findings.add(new Finding(function.path() + "/Properties/Role", "is " + Intrinsics.render(reference)
                    + ", not !GetAtt <Role>.Arn of an AWS::IAM::Role of the template"));
            return;
        }
        role = roles.get(0);
        List<?> policies = role.property("Policies").filter(List.class::isInstance).map(List.class::cast)
                .orElse(List.of());
        for (int i = 0; i < policies.size(); i++) {
            if (policies.get(i) instanceof Map<?, ?> policy) {
                document(role.path() + "/Properties/Policies/" + i + "/PolicyDocument", policy.get("PolicyDocument"));
            }
        }
        List<?> managed = role.property("ManagedPolicyArns").filter(List.class::isInstance).map(List.class::cast)
                .orElse(List.of());
        for (int i = 0; i < managed.size(); i++) {
            managedPolicy(role.path() + "/Properties/ManagedPolicyArns/" + i, managed.get(i));
        }
        for (Resource policy : template.resources().values()) {
            if (attachesToRole(policy)) {
                document(policy.path() + "/Properties/PolicyDocument", policy.property("PolicyDocument").orElse(null));
            }
        }
    }

    private boolean attachesToRole(Resource policy) {
        if ("AWS::IAM::RolePolicy".equals(policy.type())) {
            return names(policy.property("RoleName").orElse(null)).contains(role.logicalId());
        }
        if ("AWS::IAM::Policy".equals(policy.type()) || "AWS::IAM::ManagedPolicy".equals(policy.type())) {
            return names(policy.property("Roles").orElse(null)).contains(role.logicalId());
        }
        return false;
    }

    private void managedPolicy(String path, Object arn) {
        Optional<Resource> own = Intrinsics.referencedNames(arn).stream().map(template::resource)
                .flatMap(Optional::stream).filter(r -> "AWS::IAM::ManagedPolicy".equals(r.type())).findFirst();
        if (own.isPresent()) {
            if (!attachesToRole(own.get())) {
                document(own.get().path() + "/Properties/PolicyDocument",
                        own.get().property("PolicyDocument").orElse(null));
            }
            return;
        }
        Optional<List<String>> actions = ManagedPolicies.actions(Intrinsics.render(arn));
        if (actions.isEmpty()) {
            findings.add(new Finding(path, "attaches " + Intrinsics.render(arn) + ", a managed policy whose actions "
                    + "the check does not know"));
        } else {
            grants.add(new Grant(path, actions.get(), List.of("*")));
        }
    }

    private void document(String path, Object document) {
        Object statements = document instanceof Map<?, ?> map ? map.get("Statement") : null;
        List<?> list = statements instanceof List<?> l ? l : statements == null ? List.of() : List.of(statements);
        for (int i = 0; i < list.size(); i++) {
            String at = path + "/Statement" + (statements instanceof List<?> ? "/" + i : "");
            if (list.get(i) instanceof Map<?, ?> statement && "Allow".equals(statement.get("Effect"))) {
                if (statement.containsKey("NotAction") || statement.containsKey("NotResource")) {
                    findings.add(new Finding(at, "grants with NotAction or NotResource: everything but what it names"));
                    continue;
                }
                grants.add(new Grant(at, strings(statement.get("Action")), items(statement.get("Resource"))));
            }
        }
    }

    private static Set<String> names(Object value) {
        return Intrinsics.referencedNames(value);
    }

    private static List<String> strings(Object value) {
        return items(value).stream().map(item -> item instanceof String s ? s : Intrinsics.render(item)).toList();
    }

    private static List<Object> items(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
    }
}
