package com.photostore.infra.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command of the README that runs all tests: the one line of its fenced code blocks that runs the Maven
 * wrapper's {@code verify} on the whole build (no {@code -pl}, no skipped tests).
 */
public final class ReadmeTestCommand {

    private ReadmeTestCommand() {
    }

    /** The README's test command; fails when the README has none, or several different ones. */
    public static String of(Path readme) {
        Set<String> commands = new LinkedHashSet<>();
        for (String line : fencedLines(readme)) {
            String command = normalised(line);
            List<String> words = List.of(command.split(" "));
            if (words.get(0).equals("./mvnw") && words.contains("verify") && !command.contains(" -pl ")
                    && !command.contains("skipTests") && !command.contains("&&")) {
                commands.add(command);
            }
        }
        if (commands.size() != 1) {
            throw new IllegalStateException(readme + " should show one command that runs all tests (./mvnw ... "
                    + "verify, in a fenced code block), but shows " + commands);
        }
        return commands.iterator().next();
    }

    /** A command with its spaces normalised, as the README and the buildspec are compared. */
    static String normalised(String command) {
        return command.strip().replaceAll("\\s+", " ");
    }

    private static List<String> fencedLines(Path readme) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + readme, e);
        }
        List<String> fenced = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.strip().startsWith("```")) {
                inside = !inside;
            } else if (inside && !line.isBlank()) {
                fenced.add(line);
            }
        }
        return fenced;
    }
}
