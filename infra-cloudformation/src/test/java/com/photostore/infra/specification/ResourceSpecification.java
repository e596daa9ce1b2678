package com.photostore.infra.specification;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The CloudFormation resource specification of npm {@code @aws-cdk/aws-service-spec}: its {@code db.json.gz} read once
 * per JVM, streamed, keeping of each resource type only its properties (types, required flags) and attributes, and
 * of each type definition its properties; the documentation and the other entities are skipped.
 */
public final class ResourceSpecification {
    private static final Map<Path, ResourceSpecification> LOADED = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, ResourceTypeSpecification> resourceTypes;
    private final Map<String, Map<String, PropertySpecification>> typeDefinitions;

    private ResourceSpecification(Map<String, ResourceTypeSpecification> resourceTypes,
                                  Map<String, Map<String, PropertySpecification>> typeDefinitions) {
        this.resourceTypes = Map.copyOf(resourceTypes);
        this.typeDefinitions = Map.copyOf(typeDefinitions);
    }

    /** The specification in a {@code db.json.gz}, read at the first call for that file. */
    public static ResourceSpecification load(Path database) {
        return LOADED.computeIfAbsent(database.toAbsolutePath().normalize(), ResourceSpecification::read);
    }

    /** The resource type of a name such as {@code AWS::Lambda::Function}. */
    public Optional<ResourceTypeSpecification> resourceType(String name) {
        return Optional.ofNullable(resourceTypes.get(name));
    }

    /** The properties of a type definition. */
    public Map<String, PropertySpecification> typeDefinition(String id) {
        return typeDefinitions.getOrDefault(id, Map.of());
    }

    /** How many resource types the specification holds. */
    public int resourceTypeCount() {
        return resourceTypes.size();
    }

    private static ResourceSpecification read(Path database) {
        if (!Files.isRegularFile(database)) {
            throw new IllegalStateException("the resource specification " + database + " is missing: run `npm ci` "
                    + "in test-tools (the build does when test-tools/node_modules lacks it)");
        }
        Map<String, ResourceTypeSpecification> resourceTypes = new HashMap<>(4096);
        Map<String, Map<String, PropertySpecification>> typeDefinitions = new HashMap<>(16384);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(database), 1 << 16);
             JsonParser parser = MAPPER.createParser(in)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("schema".equals(field)) {
                    readSchema(parser, resourceTypes, typeDefinitions);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource specification " + database, e);
        }
        if (resourceTypes.isEmpty()) {
            throw new IllegalStateException(database + " holds no resource types: its layout is not the expected "
                    + "{schema: {resource: {entities: [...]}, typeDefinition: {entities: [...]}}}");
        }
        return new ResourceSpecification(resourceTypes, typeDefinitions);
    }

    private static void readSchema(JsonParser parser, Map<String, ResourceTypeSpecification> resourceTypes,
                                   Map<String, Map<String, PropertySpecification>> typeDefinitions) throws IOException {
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String table = parser.currentName();
            parser.nextToken();
            if ("resource".equals(table)) {
                readEntities(parser, entity -> {
                    ResourceTypeSpecification type = resourceType(entity);
                    resourceTypes.put(type.name(), type);
                });
            } else if ("typeDefinition".equals(table)) {
                readEntities(parser, entity -> typeDefinitions.put(entity.path("$id").asText(),
                        properties(entity.path("properties"))));
            } else {
                parser.skipChildren();
            }
        }
    }

    private interface EntityReader {
        void read(JsonNode entity);
    }

    private static void readEntities(JsonParser parser, EntityReader reader) throws IOException {
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            if ("entities".equals(field) && token == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    reader.read(MAPPER.readTree(parser));
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private static ResourceTypeSpecification resourceType(JsonNode entity) {
        List<String> attributes = new ArrayList<>();
        entity.path("attributes").properties().forEach(attribute -> attributes.add(attribute.getKey()));
        return new ResourceTypeSpecification(entity.path("cloudFormationType").asText(),
                properties(entity.path("properties")), Set.copyOf(attributes));
    }

    private static Map<String, PropertySpecification> properties(JsonNode properties) {
        Map<String, PropertySpecification> byName = new LinkedHashMap<>();
        properties.properties().forEach(property -> {
            JsonNode definition = property.getValue();
            List<ValueType> types = new ArrayList<>();
            types.add(valueType(definition.path("type")));
            definition.path("previousTypes").forEach(previous -> types.add(valueType(previous)));
            byName.put(property.getKey(), new PropertySpecification(List.copyOf(types),
                    definition.path("required").asBoolean(false)));
        });
        return byName;
    }

    private static ValueType valueType(JsonNode type) {
        String kind = type.path("type").asText();
        return switch (kind) {
            case "array" -> new ValueType.ListOf(valueType(type.path("element")));
            case "map" -> new ValueType.MapOf(valueType(type.path("element")));
            case "ref" -> new ValueType.Structure(type.path("reference").path("$ref").asText());
            case "union" -> {
                List<ValueType> types = new ArrayList<>();
                type.path("types").forEach(member -> types.add(valueType(member)));
                yield new ValueType.Union(List.copyOf(types));
            }
            default -> new ValueType.Primitive(kind);
        };
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
