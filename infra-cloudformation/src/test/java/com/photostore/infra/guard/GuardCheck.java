package com.photostore.infra.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.infra.Finding;
import com.photostore.infra.template.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A template against CloudFormation Guard's Control Tower rules that are not left out and the project's rules
 * ({@code guard/*.guard}: encryption, no public access, named IAM actions and resources), Guard reading the template
 * in the long form, as JSON, so that every rule sees {@code Fn::GetAtt} as the list CloudFormation documents.
 */
public final class GuardCheck {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final GuardRunner runner;
    private final List<Path> rules;

    private GuardCheck(GuardRunner runner, List<Path> rules) {
        this.runner = runner;
        this.rules = List.copyOf(rules);
    }

    /** The check with the rules of a Control Tower selection and the project's rule files of a directory. */
    public static GuardCheck of(GuardRunner runner, ControlTowerRules controlTower, Path projectRules) {
        List<Path> rules = new ArrayList<>(controlTower.included());
        rules.addAll(projectRules(projectRules));
        return new GuardCheck(runner, rules);
    }

    /** The project's rule files of a directory. */
    public static List<Path> projectRules(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> rules = files.filter(file -> file.getFileName().toString().endsWith(".guard")).sorted()
                    .toList();
            if (rules.isEmpty()) {
                throw new IllegalStateException("no project Guard rules in " + directory);
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finding per failing rule and resource; empty when the template complies with every rule. */
    public List<Finding> check(Template template) {
        List<Finding> findings = new ArrayList<>();
        for (GuardFailure failure : report(template).failures()) {
            String message = failure.rule() + (failure.control().isEmpty() ? "" : " [" + failure.control() + "]")
                    + ": " + failure.description();
            if (failure.resources().isEmpty()) {
                findings.add(new Finding(template.name(), message));
            }
            failure.resources().stream().sorted()
                    .forEach(resource -> findings.add(new Finding("Resources/" + resource, message)));
        }
        return findings;
    }

    /** Guard's report of a template. */
    public GuardReport report(Template template) {
        Path data = null;
        try {
            data = Files.createTempFile(template.name().replaceAll("[^A-Za-z0-9.-]", "_") + "-", ".json");
            MAPPER.writeValue(data.toFile(), template.document());
            return runner.validate(rules, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (data != null) {
                data.toFile().delete();
            }
        }
    }
}
