package com.photostore.infra.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.ConstructorException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a CloudFormation template written in YAML into plain maps, lists and scalars, turning each short-form
 * intrinsic tag into its long form: {@code !Ref x} into {@code {"Ref": "x"}}, {@code !GetAtt a.b.c} into
 * {@code {"Fn::GetAtt": ["a", "b.c"]}}, {@code !Sub ...} into {@code {"Fn::Sub": ...}} and so on.
 */
public final class CloudFormationYaml {
    /** The short-form tags CloudFormation defines, each the name of its long form after {@code Fn::}. */
    static final List<String> FUNCTION_TAGS = List.of("Sub", "Join", "If", "Equals", "Not", "And", "Or", "Select",
            "Split", "FindInMap", "GetAZs", "ImportValue", "Base64", "Cidr", "Transform", "ToJsonString", "Length");

    private CloudFormationYaml() {
    }

    /** The document of a YAML file; fails with the file's name and the line of the first error. */
    public static Map<String, Object> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return document(load(file.getFileName().toString()).loadFromReader(reader), file.toString());
        } catch (IOException e) {
            throw new TemplateException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (YamlEngineException e) {
            throw new TemplateException(file + " does not parse: " + e.getMessage(), e);
        }
    }

    /** The document of YAML text. */
    public static Map<String, Object> parse(String yaml) {
        try {
            return document(load("text").loadFromString(yaml), "text");
        } catch (YamlEngineException e) {
            throw new TemplateException("the YAML does not parse: " + e.getMessage(), e);
        }
    }

    private static Load load(String label) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .build();
        return new Load(settings, new IntrinsicConstructor(settings));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(Object loaded, String source) {
        if (!(loaded instanceof Map)) {
            throw new TemplateException(source + " is not a YAML mapping");
        }
        return (Map<String, Object>) loaded;
    }

    /** The standard YAML constructor plus one constructor per intrinsic tag. */
    private static final class IntrinsicConstructor extends StandardConstructor {
        IntrinsicConstructor(LoadSettings settings) {
            super(settings);
            tagConstructors.put(new Tag("!Ref"), node -> Map.of("Ref", scalar(node, "!Ref")));
            tagConstructors.put(new Tag("!Condition"), node -> Map.of("Condition", scalar(node, "!Condition")));
            tagConstructors.put(new Tag("!GetAtt"), this::getAtt);
            for (String function : FUNCTION_TAGS) {
                tagConstructors.put(new Tag("!" + function), longForm("Fn::" + function));
            }
        }

        private ConstructNode longForm(String key) {
            return node -> {
                Map<String, Object> function = new LinkedHashMap<>(1);
                function.put(key, content(node));
                return function;
            };
        }

        private Object getAtt(Node node) {
            if (node instanceof ScalarNode scalar) {
                String value = constructScalar(scalar);
                int dot = value.indexOf('.');
                if (dot <= 0 || dot == value.length() - 1) {
                    throw error(node, "!GetAtt takes resource.attribute, not '" + value + "'");
                }
                return Map.of("Fn::GetAtt", List.of(value.substring(0, dot), value.substring(dot + 1)));
            }
            return Map.of("Fn::GetAtt", content(node));
        }

        private Object content(Node node) {
            if (node instanceof ScalarNode scalar) {
                return constructScalar(scalar);
            }
            if (node instanceof SequenceNode sequence) {
                return new ArrayList<>(constructSequence(sequence));
            }
            return constructMapping((MappingNode) node);
        }

        private String scalar(Node node, String tag) {
            if (!(node instanceof ScalarNode scalar)) {
                throw error(node, tag + " takes a scalar");
            }
            return constructScalar(scalar);
        }

        private static ConstructorException error(Node node, String problem) {
            return new ConstructorException(null, Optional.empty(), problem, node.getStartMark());
        }
    }
}
