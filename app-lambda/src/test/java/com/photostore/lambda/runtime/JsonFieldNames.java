package com.photostore.lambda.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/** The field names of JSON objects, sorted, for comparing an event's shape with AWS's samples. */
final class JsonFieldNames {

    private JsonFieldNames() {
    }

    static Set<String> of(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
