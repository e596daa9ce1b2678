package com.photostore.adapters.aws.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A condition expression of a conditional write, with its attribute names and values. */
record Condition(String expression, Map<String, String> names, Map<String, AttributeValue> values) {

    /** The item does not exist yet. */
    static Condition absent() {
        return new Condition("attribute_not_exists(#pk)", Map.of("#pk", PhotoTableSchema.PARTITION_KEY), Map.of());
    }

    /** The item exists and its attribute has this value. */
    static Condition equal(String attribute, AttributeValue value) {
        return new Condition("#a = :v", Map.of("#a", attribute), Map.of(":v", value));
    }

    /** The item exists and both attributes have these values. */
    static Condition bothEqual(String first, AttributeValue firstValue, String second, AttributeValue secondValue) {
        return new Condition("#a = :v AND #b = :w", Map.of("#a", first, "#b", second),
                Map.of(":v", firstValue, ":w", secondValue));
    }
}
