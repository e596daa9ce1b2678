package com.photostore.infra.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.adapters.aws.dynamodb.PhotoTableSchema;
import com.photostore.adapters.aws.dynamodb.RevocationTableSchema;
import com.photostore.infra.Finding;
import com.photostore.infra.template.Resource;
import com.photostore.infra.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * The template's DynamoDB tables against the code's definitions, which the adapters create their test tables from:
 * {@code PhotosTable} against {@code dynamodb/photos-table.json} and {@code RevocationsTable} against
 * {@code RevocationTableSchema} (the same attributes, keys, indexes and billing mode; the revocations' time to live).
 */
public final class TableCheck {
    private static final String PHOTOS = "PhotosTable";
    private static final String REVOCATIONS = "RevocationsTable";
    private static final String REVOCATION_SCHEMA = "RevocationTableSchema";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final List<String> COMPARED = List.of("AttributeDefinitions", "KeySchema",
            "LocalSecondaryIndexes", "GlobalSecondaryIndexes", "BillingMode");
    private static final List<String> UNORDERED = List.of("AttributeDefinitions", "LocalSecondaryIndexes",
            "GlobalSecondaryIndexes");

    private TableCheck() {
    }

    /** The findings of a template's tables; empty when they are the code's. */
    public static List<Finding> check(Template template) {
        List<Finding> findings = new ArrayList<>();
        List<Resource> tables = template.resourcesOfType("AWS::DynamoDB::Table");
        if (tables.stream().noneMatch(t -> t.logicalId().equals(PHOTOS))) {
            findings.add(new Finding("Resources", "the template declares no " + PHOTOS + ", the table of "
                    + PhotoTableSchema.RESOURCE));
        }
        for (Resource table : tables) {
            switch (table.logicalId()) {
                case PHOTOS -> compare(table, definition(), PhotoTableSchema.RESOURCE, findings);
                case REVOCATIONS -> {
                    compare(table, revocationDefinition(), REVOCATION_SCHEMA, findings);
                    checkTimeToLive(table, findings);
                }
                default -> findings.add(new Finding(table.path(), "is a table the code does not use"));
            }
        }
        return findings;
    }

    private static void compare(Resource table, JsonNode code, String source, List<Finding> findings) {
        for (String property : COMPARED) {
            JsonNode expected = code.get(property);
            JsonNode actual = MAPPER.valueToTree(table.properties().get(property));
            String path = table.path() + "/Properties/" + property;
            if (UNORDERED.contains(property)) {
                List<String> missing = items(expected);
                List<String> extra = items(actual);
                missing.removeAll(items(actual));
                extra.removeAll(items(expected));
                missing.forEach(item -> findings.add(new Finding(path, "lacks " + item + " of " + source)));
                extra.forEach(item -> findings.add(new Finding(path, "has " + item + ", which " + source + " has not")));
            } else if (!nullToMissing(expected).equals(nullToMissing(actual))) {
                findings.add(new Finding(path, "is " + nullToMissing(actual) + ", but " + source + " has "
                        + nullToMissing(expected)));
            }
        }
    }

    private static void checkTimeToLive(Resource table, List<Finding> findings) {
        JsonNode ttl = MAPPER.valueToTree(table.properties().get("TimeToLiveSpecification"));
        boolean right = ttl != null && ttl.path("AttributeName").asText().equals(RevocationTableSchema.EXPIRES_AT)
                && ttl.path("Enabled").asBoolean(false);
        if (!right) {
            findings.add(new Finding(table.path() + "/Properties/TimeToLiveSpecification", "is " + nullToMissing(ttl)
                    + ", but the revocations expire by the attribute " + RevocationTableSchema.EXPIRES_AT));
        }
    }

    /** The revocations table as its schema creates it, in the shape of the template's properties. */
    private static JsonNode revocationDefinition() {
        CreateTableRequest request = RevocationTableSchema.createTableRequest("revocations");
        ObjectNode table = MAPPER.createObjectNode();
        ArrayNode attributes = table.putArray("AttributeDefinitions");
        request.attributeDefinitions().forEach(a -> attributes.addObject().put("AttributeName", a.attributeName())
                .put("AttributeType", a.attributeTypeAsString()));
        ArrayNode keys = table.putArray("KeySchema");
        request.keySchema().forEach(k -> keys.addObject().put("AttributeName", k.attributeName())
                .put("KeyType", k.keyTypeAsString()));
        table.put("BillingMode", request.billingModeAsString());
        return table;
    }

    private static JsonNode nullToMissing(JsonNode value) {
        return value == null ? MAPPER.nullNode() : value;
    }

    /** The items of a list in a canonical form (keys sorted), so that their order and their keys' order do not count. */
    private static List<String> items(JsonNode list) {
        List<String> items = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(item -> items.add(canonical(item)));
        } else if (list != null && !list.isNull()) {
            items.add(canonical(list));
        }
        return items;
    }

    private static String canonical(JsonNode item) {
        try {
            return CANONICAL.writeValueAsString(MAPPER.treeToValue(item, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode definition() {
        try (InputStream in = PhotoTableSchema.class.getResourceAsStream(PhotoTableSchema.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(PhotoTableSchema.RESOURCE + " is not on the class path");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
