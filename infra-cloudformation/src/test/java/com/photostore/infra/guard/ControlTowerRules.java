package com.photostore.infra.guard;

import com.photostore.infra.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The AWS Control Tower rules bundled in {@code @cdklabs/cdk-validator-cfnguard} that the checks run: all of them but
 * those a list names, each with the reason it is left out ({@code rule-name  # reason}, one a line).
 */
public final class ControlTowerRules {
    private final Map<String, Path> bundled;
    private final Map<String, String> excluded;
    private final List<Finding> problems;

    private ControlTowerRules(Map<String, Path> bundled, Map<String, String> excluded, List<Finding> problems) {
        this.bundled = bundled;
        this.excluded = excluded;
        this.problems = problems;
    }

    /** The rules of a package, less those of an exclusion list. */
    public static ControlTowerRules of(Path guardPackage, Path exclusions) {
        Map<String, Path> bundled = bundled(guardPackage.resolve("rules/control-tower/cfn-guard"));
        Map<String, String> excluded = new LinkedHashMap<>();
        List<Finding> problems = new ArrayList<>();
        List<String> lines = lines(exclusions);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String location = exclusions.getFileName() + ":" + (i + 1);
            int hash = line.indexOf('#');
            String name = (hash < 0 ? line : line.substring(0, hash)).strip();
            String reason = hash < 0 ? "" : line.substring(hash + 1).strip();
            if (reason.isEmpty()) {
                problems.add(new Finding(location, name + " is left out without a reason"));
            }
            if (!bundled.containsKey(name)) {
                problems.add(new Finding(location, name + " is no Control Tower rule of the package"));
            }
            if (excluded.put(name, reason) != null) {
                problems.add(new Finding(location, name + " is listed twice"));
            }
        }
        return new ControlTowerRules(bundled, excluded, List.copyOf(problems));
    }

    /** The files of the rules to run. */
    public List<Path> included() {
        return bundled.entrySet().stream().filter(rule -> !excluded.containsKey(rule.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /** The rules left out, with their reasons. */
    public Map<String, String> excluded() {
        return Map.copyOf(excluded);
    }

    /** How many rules the package bundles. */
    public int bundledCount() {
        return bundled.size();
    }

    /** What is wrong with the exclusion list: unknown names, names without a reason, names listed twice. */
    public List<Finding> problems() {
        return problems;
    }

    private static Map<String, Path> bundled(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("the Control Tower rules " + directory + " are missing: run `npm ci` in "
                    + "test-tools (the build does when test-tools/node_modules lacks them)");
        }
        Map<String, Path> rules = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(".guard")).sorted()
                    .forEach(file -> rules.put(file.getFileName().toString().replace(".guard", ""), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
