package com.photostore.infra.template;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an {@code Fn::Sub} string: literal text and {@code ${Name}} or {@code ${Resource.Attribute}}
 * variables; {@code ${!Text}} is the literal {@code ${Text}}.
 */
public final class SubString {
    /** One part: a literal or a variable. */
    public record Part(String text, boolean variable) {
    }

    private SubString() {
    }

    /** The parts of a string, in order; an unterminated {@code ${} is literal text. */
    public static List<Part> parse(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int start = template.indexOf("${", i);
            int end = start < 0 ? -1 : template.indexOf('}', start + 2);
            if (start < 0 || end < 0) {
                literal.append(template, i, template.length());
                break;
            }
            literal.append(template, i, start);
            String inside = template.substring(start + 2, end);
            if (inside.startsWith("!")) {
                literal.append("${").append(inside.substring(1)).append('}');
            } else {
                if (!literal.isEmpty()) {
                    parts.add(new Part(literal.toString(), false));
                    literal.setLength(0);
                }
                parts.add(new Part(inside.trim(), true));
            }
            i = end + 1;
        }
        if (!literal.isEmpty()) {
            parts.add(new Part(literal.toString(), false));
        }
        return parts;
    }

    /** The variables of a string, in order. */
    public static List<String> variables(String template) {
        return parse(template).stream().filter(Part::variable).map(Part::text).toList();
    }
}
