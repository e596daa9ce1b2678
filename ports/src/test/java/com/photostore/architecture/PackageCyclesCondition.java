package com.photostore.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The condition that the packages below a root, cut at a given depth, form no dependency cycle; it finds every
 * strongly connected group of packages (Tarjan) and reports each with the dependencies that close it.
 */
final class PackageCyclesCondition extends ArchCondition<JavaClass> {
    private static final int EXAMPLES_PER_EDGE = 3;

    private final String root;
    private final int depth;
    private final Map<String, Map<String, List<String>>> edges = new TreeMap<>();

    PackageCyclesCondition(String root, int depth) {
        super("form no package cycles below " + root + " at depth " + depth);
        this.root = root;
        this.depth = depth;
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        edges.clear();
    }

    @Override
    public void check(JavaClass javaClass, ConditionEvents events) {
        String from = packageOf(javaClass);
        if (from == null) {
            return;
        }
        for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
            String to = packageOf(dependency.getTargetClass().getBaseComponentType());
            if (to != null && !to.equals(from)) {
                List<String> examples = edges.computeIfAbsent(from, k -> new TreeMap<>())
                        .computeIfAbsent(to, k -> new ArrayList<>());
                if (examples.size() < EXAMPLES_PER_EDGE) {
                    examples.add(dependency.getDescription());
                }
            }
        }
    }

    @Override
    public void finish(ConditionEvents events) {
        for (List<String> cycle : new Tarjan().components()) {
            StringBuilder message = new StringBuilder("Cycle between packages " + cycle + ":");
            for (String from : cycle) {
                edges.getOrDefault(from, Map.of()).forEach((to, examples) -> {
                    if (cycle.contains(to)) {
                        examples.forEach(example -> message.append(System.lineSeparator()).append("    ").append(example));
                    }
                });
            }
            events.add(SimpleConditionEvent.violated(cycle, message.toString()));
        }
    }

    private String packageOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String[] parts = name.substring(root.length() + 1).split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length)));
    }

    /** Tarjan's strongly connected components of the package graph, keeping those of more than one package. */
    private final class Tarjan {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final List<List<String>> components = new ArrayList<>();

        List<List<String>> components() {
            TreeSet<String> nodes = new TreeSet<>(edges.keySet());
            edges.values().forEach(targets -> nodes.addAll(targets.keySet()));
            for (String node : nodes) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            lowLink.put(node, index.get(node));
            stack.push(node);
            for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
                } else if (stack.contains(next)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.pop();
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    component.sort(null);
                    components.add(component);
                }
            }
        }
    }
}
