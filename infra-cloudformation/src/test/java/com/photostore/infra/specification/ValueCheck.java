package com.photostore.infra.specification;

import com.photostore.infra.Finding;
import com.photostore.infra.template.Intrinsics;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a literal value has a property's type: scalars as CloudFormation converts them (a number for a string, a
 * numeric string for a number, {@code "true"} for a boolean), lists, maps and structures with their properties. An
 * intrinsic function stands for any value.
 */
final class ValueCheck {
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final ResourceSpecification specification;

    ValueCheck(ResourceSpecification specification) {
        this.specification = specification;
    }

    /** The findings of a value: none when one of the types takes it, else those of the first type. */
    List<Finding> check(String path, Object value, List<ValueType> types) {
        List<Finding> first = null;
        for (ValueType type : types) {
            List<Finding> findings = check(path, value, type);
            if (findings.isEmpty()) {
                return List.of();
            }
            if (first == null) {
                first = findings;
            }
        }
        return first == null ? List.of() : first;
    }

    private List<Finding> check(String path, Object value, ValueType type) {
        if (value == null) {
            return List.of(new Finding(path, "has no value"));
        }
        if (Intrinsics.isIntrinsic(value)) {
            return List.of();
        }
        if (type instanceof ValueType.ListOf list) {
            return list(path, value, list.element());
        }
        if (type instanceof ValueType.MapOf map) {
            return map(path, value, map.element());
        }
        if (type instanceof ValueType.Structure structure) {
            return structure(path, value, structure.definitionId());
        }
        if (type instanceof ValueType.Union union) {
            return check(path, value, union.types());
        }
        return primitive(path, value, ((ValueType.Primitive) type).name());
    }

    private static List<Finding> primitive(String path, Object value, String type) {
        boolean scalar = value instanceof String || value instanceof Number || value instanceof Boolean;
        boolean matches = switch (type) {
            case "string", "date-time" -> scalar;
            case "integer" -> value instanceof Integer || value instanceof Long || value instanceof BigInteger
                    || value instanceof String text && INTEGER.matcher(text).matches();
            case "number" -> value instanceof Number || value instanceof String text && NUMBER.matcher(text).matches();
            case "boolean" -> value instanceof Boolean
                    || value instanceof String text && ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text));
            case "tag" -> value instanceof Map<?, ?> map && map.containsKey("Key") && map.containsKey("Value");
            default -> true;
        };
        return matches ? List.of() : List.of(new Finding(path, "expected " + article(type) + " but found "
                + describe(value)));
    }

    private List<Finding> list(String path, Object value, ValueType element) {
        if (!(value instanceof List<?> list)) {
            return List.of(new Finding(path, "expected a list but found " + describe(value)));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            findings.addAll(check(path + "/" + i, list.get(i), List.of(element)));
        }
        return findings;
    }

    private List<Finding> map(String path, Object value, ValueType element) {
        if (!(value instanceof Map<?, ?> map)) {
            return List.of(new Finding(path, "expected a map but found " + describe(value)));
        }
        List<Finding> findings = new ArrayList<>();
        map.forEach((key, child) -> findings.addAll(check(path + "/" + key, child, List.of(element))));
        return findings;
    }

    private List<Finding> structure(String path, Object value, String definitionId) {
        if (!(value instanceof Map<?, ?> map)) {
            return List.of(new Finding(path, "expected an object but found " + describe(value)));
        }
        Map<String, PropertySpecification> properties = specification.typeDefinition(definitionId);
        if (properties.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        properties.forEach((name, property) -> {
            if (property.required() && !map.containsKey(name)) {
                findings.add(new Finding(path, "misses required property " + name));
            }
        });
        map.forEach((key, child) -> {
            PropertySpecification property = properties.get(String.valueOf(key));
            if (property == null) {
                findings.add(new Finding(path + "/" + key, "unknown property " + key));
            } else {
                findings.addAll(check(path + "/" + key, child, property.types()));
            }
        });
        return findings;
    }

    private static String article(String type) {
        return "integer".equals(type) ? "an integer" : "a " + type;
    }

    private static String describe(Object value) {
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " " + value;
    }
}
