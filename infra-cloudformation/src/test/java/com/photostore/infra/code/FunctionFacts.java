package com.photostore.infra.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one function's code read and called in its real runs, as the app-lambda build records it in
 * {@code target/function-facts/<Function>.json}: the environment variables it reads (not the {@code AWS_} ones Lambda
 * sets), and each AWS API action with the resource it acts on, named by the variable that names that resource,
 * {@code event-source} for the queue of its event source mapping, or {@code *} for an action without resources.
 */
public record FunctionFacts(String function, Set<String> variables, List<RecordedAction> actions) {
    /** The resource of an action on the queue of the function's event source mapping. */
    public static final String EVENT_SOURCE = "event-source";
    /** The resource of an action that acts on no resource. */
    public static final String NO_RESOURCE = "*";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An AWS API action and the variable naming the resource it acts on. */
    public record RecordedAction(String action, String resource) {
    }

    /** The facts of a file; fails naming the file when it is missing or not in the format. */
    public static FunctionFacts read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the recorded facts " + file + " are missing: the app-lambda build writes "
                    + "them (./mvnw -B -pl app-lambda -am verify)");
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            String function = text(root, "function", file);
            Set<String> variables = new LinkedHashSet<>();
            for (JsonNode variable : array(root, "variables", file)) {
                variables.add(variable.asText());
            }
            List<RecordedAction> actions = new ArrayList<>();
            for (JsonNode action : array(root, "actions", file)) {
                actions.add(new RecordedAction(text(action, "action", file), text(action, "resource", file)));
            }
            return new FunctionFacts(function, Set.copyOf(variables), List.copyOf(actions));
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not JSON: " + e.getMessage(), e);
        }
    }

    /** The facts of one function in the directory of all, {@code <directory>/<function>.json}. */
    public static FunctionFacts of(Path directory, String function) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("the functions' recorded facts are missing: " + directory + " does not "
                    + "exist; the app-lambda build writes them (./mvnw -B -pl app-lambda -am verify)");
        }
        FunctionFacts facts = read(directory.resolve(function + ".json"));
        if (!facts.function().equals(function)) {
            throw new IllegalStateException(directory.resolve(function + ".json") + " holds the facts of "
                    + facts.function() + ", not of " + function);
        }
        return facts;
    }

    private static String text(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException(file + ": \"" + field + "\" is not a string in " + node);
        }
        return value.asText();
    }

    private static JsonNode array(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalStateException(file + ": \"" + field + "\" is not a list");
        }
        return value;
    }
}
