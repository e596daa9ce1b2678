package com.photostore.lambda.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.lambda.LambdaFunction;
import com.photostore.lambda.runtime.FunctionConfig;
import com.photostore.wiring.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each function really needs from its deployment, recorded while the tests run it: the environment variables its
 * wiring reads (and those it requires), and the AWS API actions it performs with the resources they act on, from the
 * SDK calls made inside the function ({@link SdkCallRecorder}), the S3 requests it signs for clients and the calls its
 * event source makes with its role. Written to {@code target/function-facts/<Function>.json}, which the checks of the
 * CloudFormation template compare with each function's variables and role.
 */
public final class FunctionFacts {
    /** The resource of a call the function's SQS event source makes: the queue the mapping reads. */
    public static final String EVENT_SOURCE = "event-source";
    private static final String BUCKET = "PHOTOSTORE_BUCKET";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FunctionFacts() {
    }

    /** The folder of the facts: {@code target/function-facts} of the module. */
    public static Path directory() {
        return Path.of("target", "function-facts").toAbsolutePath();
    }

    /** The function's deployment, packaged with the recorder of its SDK calls. */
    public static FunctionConfig observed(LambdaFunction function, FunctionConfig config) {
        return config.withLibrary(RecorderLibrary.jar(),
                List.of("-D" + SdkCallRecorder.LOG_PROPERTY + "=" + callLog(function)));
    }

    /** Forgets the calls of earlier runs; called before the functions are deployed. */
    public static void startRecording() {
        try {
            Files.createDirectories(callLog(LambdaFunction.CREATE_USER).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (LambdaFunction function : LambdaFunction.values()) {
            delete(callLog(function));
        }
    }

    /** Records the variables a function's wiring read from this environment. */
    public static void recordVariables(LambdaFunction function, Environment environment) {
        ObjectNode variables = JSON.createObjectNode();
        variables.set("variables", names(environment.namesRead()));
        variables.set("requiredVariables", names(environment.namesRequired()));
        write(variablesFile(function), variables);
    }

    /** Records one call made with the function's role outside its code (by its event source, or signed for a client). */
    public static void recordCall(LambdaFunction function, String service, String operation, String resource) {
        append(callLog(function), service + " " + operation + " " + resource + "\n");
    }

    /**
     * Records the S3 requests a function signed for its client in an answer: download links (query-signed GETs) and
     * upload forms (signed POST policies), both on the bucket its {@code PHOTOSTORE_BUCKET} names.
     */
    public static void recordSignedRequests(LambdaFunction function, String answer) {
        if (answer.contains("X-Amz-Signature=")) {
            recordCall(function, "S3", "PresignedGetObject", BUCKET);
        }
        if (answer.contains("\"x-amz-signature\"")) {
            recordCall(function, "S3", "PresignedPostObject", BUCKET);
        }
    }

    /** Writes each function's facts from its recorded variables and calls. */
    public static void writeAll() {
        for (LambdaFunction function : LambdaFunction.values()) {
            ObjectNode facts = JSON.createObjectNode();
            facts.put("function", function.functionName());
            JsonNode variables = read(variablesFile(function));
            facts.set("variables", variables.get("variables"));
            facts.set("requiredVariables", variables.get("requiredVariables"));
            facts.set("actions", actions(function));
            write(directory().resolve(function.functionName() + ".json"), facts);
        }
    }

    private static ArrayNode actions(LambdaFunction function) {
        Set<String> actions = new TreeSet<>();
        for (String line : readLines(callLog(function))) {
            String[] call = line.split(" ", 3);
            for (String action : IamActions.of(call[0], call[1])) {
                actions.add(action + " " + call[2]);
            }
        }
        ArrayNode list = JSON.createArrayNode();
        for (String action : actions) {
            String[] parts = action.split(" ", 2);
            list.addObject().put("action", parts[0]).put("resource", parts[1]);
        }
        return list;
    }

    private static ArrayNode names(Collection<String> names) {
        ArrayNode list = JSON.createArrayNode();
        new TreeSet<>(names).stream().filter(name -> !name.startsWith("AWS_")).forEach(list::add);
        return list;
    }

    private static Path callLog(LambdaFunction function) {
        return directory().resolve("calls").resolve(function.functionName() + ".log");
    }

    private static Path variablesFile(LambdaFunction function) {
        return directory().resolve("variables").resolve(function.functionName() + ".json");
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: FunctionBackendsTest records the variables");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, JsonNode content) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void append(Path file, String line) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
