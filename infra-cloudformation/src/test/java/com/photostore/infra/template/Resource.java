package com.photostore.infra.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One resource of a template: its logical id, type, properties and the whole definition. */
public record Resource(String logicalId, String type, Map<String, Object> properties, Map<String, Object> definition) {

    @SuppressWarnings("unchecked")
    static Resource of(String logicalId, Object definition) {
        Map<String, Object> map = definition instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Object type = map.get("Type");
        Object properties = map.get("Properties");
        return new Resource(logicalId, type instanceof String t ? t : null,
                properties instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of(), map);
    }

    /** A property nested below others, such as {@code Environment.Variables}, if set. */
    public Optional<Object> property(String... path) {
        Object value = properties;
        for (String step : path) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(step)) {
                return Optional.empty();
            }
            value = map.get(step);
        }
        return Optional.ofNullable(value);
    }

    /** A map-valued property nested below others (empty when absent or not a map). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> mapProperty(String... path) {
        return property(path).filter(Map.class::isInstance).map(v -> (Map<String, Object>) v).orElse(Map.of());
    }

    /** The resources named by {@code DependsOn} (a name or a list of names). */
    public List<Object> dependsOn() {
        Object value = definition.get("DependsOn");
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
    }

    /** The path of the resource in its template, such as {@code Resources/PhotosFunction}. */
    public String path() {
        return "Resources/" + logicalId;
    }
}
