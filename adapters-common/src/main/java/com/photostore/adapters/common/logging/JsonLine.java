package com.photostore.adapters.common.logging;

import java.util.LinkedHashMap;
import java.util.Map;

/** One flat JSON object of text fields, written on one line with every field escaped. */
final class JsonLine {
    private static final int MAX_FIELD = 512;

    private final Map<String, String> fields = new LinkedHashMap<>();

    JsonLine with(String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    String text() {
        StringBuilder line = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (line.length() > 1) {
                line.append(',');
            }
            quote(line, name).append(':');
            quote(line, value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value);
        });
        return line.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder line, String text) {
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.append('"');
    }
}
