package com.photostore.infra.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reading intrinsic functions in the long form: recognising them, walking values, rendering them as text. */
public final class Intrinsics {

    /** A resource attribute read by {@code Fn::GetAtt}. */
    public record GetAtt(String resource, String attribute) {
    }

    private Intrinsics() {
    }

    /** Whether a value is an intrinsic function ({@code Ref}, {@code Fn::...} or {@code Condition}). */
    public static boolean isIntrinsic(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            Object key = map.keySet().iterator().next();
            return "Ref".equals(key) || "Condition".equals(key) && map.get(key) instanceof String
                    || key instanceof String name && name.startsWith("Fn::");
        }
        return false;
    }

    /** The name a {@code Ref} names. */
    public static Optional<String> ref(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.get("Ref") instanceof String name) {
            return Optional.of(name);
        }
        return Optional.empty();
    }

    /** The resource and attribute an {@code Fn::GetAtt} reads (a list of two, or {@code "Resource.Attribute"}). */
    public static Optional<GetAtt> getAtt(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("Fn::GetAtt")) {
            return getAttArgument(map.get("Fn::GetAtt"));
        }
        return Optional.empty();
    }

    private static Optional<GetAtt> getAttArgument(Object argument) {
        if (argument instanceof List<?> list && list.size() == 2 && list.get(0) instanceof String resource) {
            return Optional.of(new GetAtt(resource, list.get(1) instanceof String a ? a : render(list.get(1))));
        }
        if (argument instanceof String text && text.indexOf('.') > 0) {
            int dot = text.indexOf('.');
            return Optional.of(new GetAtt(text.substring(0, dot), text.substring(dot + 1)));
        }
        return Optional.empty();
    }

    /**
     * The names of parameters and resources a value refers to, by {@code Ref}, {@code Fn::GetAtt} or an
     * {@code Fn::Sub} variable, pseudo parameters left out.
     */
    public static Set<String> referencedNames(Object value) {
        Set<String> names = new LinkedHashSet<>();
        walk(value, "", new IntrinsicVisitor() {
            @Override
            public void ref(String path, String name) {
                if (!Template.PSEUDO_PARAMETERS.contains(name)) {
                    names.add(name);
                }
            }

            @Override
            public void getAtt(String path, String resource, String attribute) {
                names.add(resource);
            }
        });
        return names;
    }

    /** Walks a value and everything in it, reporting each intrinsic function to the visitor. */
    public static void walk(Object value, String path, IntrinsicVisitor visitor) {
        walk(value, path, visitor, Set.of());
    }

    private static void walk(Object value, String path, IntrinsicVisitor visitor, Set<String> locals) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "/" + i, visitor, locals);
            }
        } else if (value instanceof Map<?, ?> map) {
            if (isIntrinsic(map)) {
                Map.Entry<?, ?> entry = map.entrySet().iterator().next();
                function(String.valueOf(entry.getKey()), entry.getValue(), path + "/" + entry.getKey(), visitor,
                        locals);
            } else {
                map.forEach((key, child) -> walk(child, path + "/" + key, visitor, locals));
            }
        }
    }

    private static void function(String name, Object argument, String path, IntrinsicVisitor visitor,
                                 Set<String> locals) {
        switch (name) {
            case "Ref" -> {
                if (argument instanceof String target) {
                    visitor.ref(path, target);
                } else {
                    visitor.malformed(path, "Ref takes a name, not " + render(argument));
                }
            }
            case "Condition" -> visitor.condition(path, (String) argument);
            case "Fn::GetAtt" -> {
                visitor.function(path, name, argument);
                Optional<GetAtt> getAtt = getAttArgument(argument);
                if (getAtt.isPresent()) {
                    visitor.getAtt(path, getAtt.get().resource(), getAtt.get().attribute());
                } else {
                    visitor.malformed(path, "Fn::GetAtt takes [resource, attribute], not " + render(argument));
                }
                if (argument instanceof List<?> list && list.size() == 2) {
                    walk(list.get(1), path + "/1", visitor, locals);
                }
            }
            case "Fn::Sub" -> {
                visitor.function(path, name, argument);
                sub(argument, path, visitor, locals);
            }
            case "Fn::If" -> {
                visitor.function(path, name, argument);
                if (argument instanceof List<?> list && list.size() == 3 && list.get(0) instanceof String condition) {
                    visitor.condition(path, condition);
                    walk(list.get(1), path + "/1", visitor, locals);
                    walk(list.get(2), path + "/2", visitor, locals);
                } else {
                    visitor.malformed(path, "Fn::If takes [condition, value if true, value if false]");
                }
            }
            default -> {
                visitor.function(path, name, argument);
                walk(argument, path, visitor, locals);
            }
        }
    }

    private static void sub(Object argument, String path, IntrinsicVisitor visitor, Set<String> locals) {
        String template;
        Set<String> scope = locals;
        if (argument instanceof String text) {
            template = text;
        } else if (argument instanceof List<?> list && list.size() == 2 && list.get(0) instanceof String text
                && list.get(1) instanceof Map<?, ?> variables) {
            template = text;
            Set<String> own = new LinkedHashSet<>(locals);
            variables.forEach((key, value) -> {
                own.add(String.valueOf(key));
                walk(value, path + "/1/" + key, visitor, locals);
            });
            scope = own;
        } else {
            visitor.malformed(path, "Fn::Sub takes a string or [string, {variables}]");
            return;
        }
        for (String variable : SubString.variables(template)) {
            if (scope.contains(variable)) {
                continue;
            }
            int dot = variable.indexOf('.');
            if (dot > 0 && !variable.startsWith("AWS::")) {
                visitor.getAtt(path, variable.substring(0, dot), variable.substring(dot + 1));
            } else {
                visitor.ref(path, variable);
            }
        }
    }

    /**
     * A value as text in the syntax of {@code Fn::Sub}: {@code ${Name}} for a {@code Ref}, {@code ${Resource.Attr}}
     * for an {@code Fn::GetAtt}, a {@code Fn::Sub} string with its own variables replaced, a join joined.
     */
    public static String render(Object value) {
        Optional<String> ref = ref(value);
        if (ref.isPresent()) {
            return "${" + ref.get() + "}";
        }
        Optional<GetAtt> getAtt = getAtt(value);
        if (getAtt.isPresent()) {
            return "${" + getAtt.get().resource() + "." + getAtt.get().attribute() + "}";
        }
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.get("Fn::Sub") != null) {
            return renderSub(map.get("Fn::Sub"));
        }
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.get("Fn::Join") instanceof List<?> join
                && join.size() == 2 && join.get(0) instanceof String separator && join.get(1) instanceof List<?> parts) {
            List<String> rendered = new ArrayList<>();
            parts.forEach(part -> rendered.add(render(part)));
            return String.join(separator, rendered);
        }
        if (value instanceof List<?> list) {
            List<String> rendered = new ArrayList<>();
            list.forEach(item -> rendered.add(render(item)));
            return "[" + String.join(", ", rendered) + "]";
        }
        if (isIntrinsic(value)) {
            Map.Entry<?, ?> entry = ((Map<?, ?>) value).entrySet().iterator().next();
            return entry.getKey() + "(" + render(entry.getValue()) + ")";
        }
        return String.valueOf(value);
    }

    private static String renderSub(Object argument) {
        if (argument instanceof String text) {
            return text;
        }
        if (argument instanceof List<?> list && list.size() == 2 && list.get(0) instanceof String text
                && list.get(1) instanceof Map<?, ?> variables) {
            StringBuilder rendered = new StringBuilder();
            for (SubString.Part part : SubString.parse(text)) {
                if (part.variable() && variables.containsKey(part.text())) {
                    rendered.append(render(variables.get(part.text())));
                } else if (part.variable()) {
                    rendered.append("${").append(part.text()).append('}');
                } else {
                    rendered.append(part.text());
                }
            }
            return rendered.toString();
        }
        return String.valueOf(argument);
    }
}
