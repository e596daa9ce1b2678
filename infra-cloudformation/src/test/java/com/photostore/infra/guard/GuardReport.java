package com.photostore.infra.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code cfn-guard validate --output-format json --structured} reports: per data file, the rules that failed
 * (with the resources their checks traversed and their custom message), passed and did not apply.
 */
public record GuardReport(List<GuardFailure> failures, List<String> compliant, List<String> notApplicable) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CONTROL = Pattern.compile("^\\s*\\[([A-Za-z0-9._-]+)\\]:\\s*(.+)$",
            Pattern.MULTILINE);
    private static final Pattern RESOURCE_PATH = Pattern.compile("^/Resources/([^/]+)");

    /** The report in Guard's structured JSON output. */
    public static GuardReport parse(String json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        if (root == null || !root.isArray()) {
            throw new IOException("cfn-guard's output is not a JSON array of reports: " + json);
        }
        List<GuardFailure> failures = new ArrayList<>();
        List<String> compliant = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        for (JsonNode file : root) {
            file.path("not_compliant").forEach(rule -> failures.add(failure(rule)));
            file.path("compliant").forEach(rule -> compliant.add(rule.asText()));
            file.path("not_applicable").forEach(rule -> notApplicable.add(rule.asText()));
        }
        return new GuardReport(List.copyOf(failures), List.copyOf(compliant), List.copyOf(notApplicable));
    }

    private static GuardFailure failure(JsonNode entry) {
        JsonNode rule = entry.has("Rule") ? entry.get("Rule") : entry;
        Set<String> resources = new TreeSet<>();
        List<String> messages = new ArrayList<>();
        collect(rule, resources, messages);
        String control = "";
        String description = "";
        for (String message : messages) {
            Matcher matcher = CONTROL.matcher(message);
            while (matcher.find()) {
                if (!"FIX".equals(matcher.group(1)) && control.isEmpty()) {
                    control = matcher.group(1);
                    description = matcher.group(2).strip();
                }
            }
        }
        if (control.isEmpty() && !messages.isEmpty()) {
            description = messages.get(0).strip();
        }
        return new GuardFailure(rule.path("name").asText(), control, description, Set.copyOf(resources));
    }

    private static void collect(JsonNode node, Set<String> resources, List<String> messages) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                JsonNode value = field.getValue();
                if ("path".equals(field.getKey()) && value.isTextual()) {
                    Matcher matcher = RESOURCE_PATH.matcher(value.asText());
                    if (matcher.find()) {
                        resources.add(matcher.group(1));
                    }
                } else if ("custom_message".equals(field.getKey()) && value.isTextual() && !value.asText().isBlank()) {
                    messages.add(value.asText());
                } else {
                    collect(value, resources, messages);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, resources, messages));
        }
    }
}
