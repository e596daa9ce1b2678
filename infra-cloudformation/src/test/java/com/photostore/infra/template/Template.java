package com.photostore.infra.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A CloudFormation template in its long form: parameters, conditions, mappings, resources and outputs by name. */
public final class Template {
    /** The pseudo parameters every template may refer to. */
    public static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::Region", "AWS::AccountId", "AWS::Partition",
            "AWS::StackName", "AWS::StackId", "AWS::URLSuffix", "AWS::NoValue", "AWS::NotificationARNs");

    private final String name;
    private final Map<String, Object> document;
    private final Map<String, Resource> resources;

    private Template(String name, Map<String, Object> document) {
        this.name = name;
        this.document = document;
        Map<String, Resource> byId = new LinkedHashMap<>();
        section("Resources").forEach((id, definition) -> byId.put(id, Resource.of(id, definition)));
        this.resources = Collections.unmodifiableMap(byId);
    }

    /** The template in a file, which must exist and parse. */
    public static Template read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TemplateException("the template " + file.toAbsolutePath().normalize() + " does not exist");
        }
        return new Template(file.getFileName().toString(), CloudFormationYaml.read(file));
    }

    /** A template of an already read document. */
    public static Template of(String name, Map<String, Object> document) {
        return new Template(name, document);
    }

    /** The file name the template was read from. */
    public String name() {
        return name;
    }

    /** The whole document, in the long form. */
    public Map<String, Object> document() {
        return document;
    }

    /** The resources by logical id, in the template's order. */
    public Map<String, Resource> resources() {
        return resources;
    }

    /** The resource of a logical id. */
    public Optional<Resource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    /** The resources of one type, in the template's order. */
    public List<Resource> resourcesOfType(String type) {
        return resources.values().stream().filter(r -> type.equals(r.type())).toList();
    }

    /** The parameters by name. */
    public Map<String, Object> parameters() {
        return section("Parameters");
    }

    /** The conditions by name. */
    public Map<String, Object> conditions() {
        return section("Conditions");
    }

    /** The mappings by name. */
    public Map<String, Object> mappings() {
        return section("Mappings");
    }

    /** The outputs by name. */
    public Map<String, Object> outputs() {
        return section("Outputs");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String section) {
        Object value = document.get(section);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
