package com.photostore.infra.reference;

import com.photostore.infra.Finding;
import com.photostore.infra.template.Intrinsics;
import com.photostore.infra.template.Resource;
import com.photostore.infra.template.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The circles among a template's resources, which CloudFormation refuses: a resource depends on those it refers to
 * (by {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}) and those its {@code DependsOn} names.
 */
final class DependencyCycles {
    private final Map<String, Set<String>> edges = new LinkedHashMap<>();
    private final Set<String> done = new HashSet<>();
    private final List<String> stack = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private DependencyCycles(Template template) {
        for (Resource resource : template.resources().values()) {
            Set<String> targets = new LinkedHashSet<>();
            for (String key : List.of("Properties", "UpdatePolicy", "CreationPolicy")) {
                targets.addAll(Intrinsics.referencedNames(resource.definition().get(key)));
            }
            resource.dependsOn().forEach(dependency -> targets.add(String.valueOf(dependency)));
            targets.retainAll(template.resources().keySet());
            targets.remove(resource.logicalId());
            edges.put(resource.logicalId(), targets);
        }
    }

    /** A finding per circle found, naming the resources around it. */
    static List<Finding> of(Template template) {
        DependencyCycles cycles = new DependencyCycles(template);
        for (String resource : cycles.edges.keySet()) {
            cycles.visit(resource);
        }
        return cycles.findings;
    }

    private void visit(String resource) {
        if (done.contains(resource)) {
            return;
        }
        int index = stack.indexOf(resource);
        if (index >= 0) {
            List<String> circle = new ArrayList<>(stack.subList(index, stack.size()));
            circle.add(resource);
            findings.add(new Finding("Resources/" + resource, "circular dependency: " + String.join(" -> ", circle)));
            return;
        }
        stack.add(resource);
        for (String target : edges.getOrDefault(resource, Set.of())) {
            visit(target);
        }
        stack.remove(stack.size() - 1);
        done.add(resource);
    }
}
