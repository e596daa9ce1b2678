package com.photostore.infra.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.photostore.adapters.aws.dynamodb.PhotoTableSchema;
import com.photostore.infra.Finding;
import com.photostore.infra.template.Resource;
import com.photostore.infra.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The template's DynamoDB table against the code's definition ({@code dynamodb/photos-table.json}, which the
 * catalogue creates its test tables from): the same attributes, keys, indexes and billing mode.
 */
public final class TableCheck {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final List<String> COMPARED = List.of("AttributeDefinitions", "KeySchema",
            "LocalSecondaryIndexes", "GlobalSecondaryIndexes", "BillingMode");
    private static final List<String> UNORDERED = List.of("AttributeDefinitions", "LocalSecondaryIndexes",
            "GlobalSecondaryIndexes");

    private TableCheck() {
    }

    /** The findings of a template's table; empty when it is the code's. */
    public static List<Finding> check(Template template) {
        List<Resource> tables = template.resourcesOfType("AWS::DynamoDB::Table");
        if (tables.size() != 1) {
            return List.of(new Finding("Resources", "the template declares " + tables.size() + " DynamoDB tables, "
                    + "not the one of " + PhotoTableSchema.RESOURCE));
        }
        Resource table = tables.get(0);
        JsonNode code = definition();
        List<Finding> findings = new ArrayList<>();
        for (String property : COMPARED) {
            JsonNode expected = code.get(property);
            JsonNode actual = MAPPER.valueToTree(table.properties().get(property));
            String path = table.path() + "/Properties/" + property;
            if (UNORDERED.contains(property)) {
                List<String> missing = items(expected);
                List<String> extra = items(actual);
                missing.removeAll(items(actual));
                extra.removeAll(items(expected));
                missing.forEach(item -> findings.add(new Finding(path, "lacks " + item + " of "
                        + PhotoTableSchema.RESOURCE)));
                extra.forEach(item -> findings.add(new Finding(path, "has " + item + ", which "
                        + PhotoTableSchema.RESOURCE + " has not")));
            } else if (!nullToMissing(expected).equals(nullToMissing(actual))) {
                findings.add(new Finding(path, "is " + nullToMissing(actual) + ", but " + PhotoTableSchema.RESOURCE
                        + " has " + nullToMissing(expected)));
            }
        }
        return findings;
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
