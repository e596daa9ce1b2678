package com.photostore.infra.pipeline;

import com.photostore.infra.Finding;
import com.photostore.infra.template.CloudFormationYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The CodeBuild buildspec runs the README's test command, as one of the commands of its phases. */
public final class BuildspecCheck {
    private static final List<String> PHASES = List.of("install", "pre_build", "build", "post_build");

    private BuildspecCheck() {
    }

    /** The findings of a buildspec against the README's test command. */
    public static List<Finding> check(Path buildspec, String testCommand) {
        if (!Files.isRegularFile(buildspec)) {
            return List.of(new Finding(buildspec.toString(), "the buildspec does not exist"));
        }
        Map<String, Object> document = CloudFormationYaml.read(buildspec);
        List<Finding> findings = new ArrayList<>();
        String name = buildspec.getFileName().toString();
        if (!"0.2".equals(String.valueOf(document.get("version")))) {
            findings.add(new Finding(name + " version", "is " + document.get("version") + ", not 0.2"));
        }
        List<String> commands = commands(document);
        if (commands.stream().map(ReadmeTestCommand::normalised).noneMatch(testCommand::equals)) {
            findings.add(new Finding(name + " phases", "no command runs the README's test command `" + testCommand
                    + "`; the commands are " + commands));
        }
        return findings;
    }

    private static List<String> commands(Map<String, Object> document) {
        List<String> commands = new ArrayList<>();
        if (document.get("phases") instanceof Map<?, ?> phases) {
            for (String phase : PHASES) {
                if (phases.get(phase) instanceof Map<?, ?> steps && steps.get("commands") instanceof List<?> list) {
                    list.forEach(command -> commands.add(String.valueOf(command)));
                }
            }
        }
        return commands;
    }
}
