package com.photostore.wiring;

import java.util.Map;
import java.util.Optional;

/** The environment variables a server or function was started with. */
public record Environment(Map<String, String> variables) {
    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The variables of this process. */
    public static Environment ofProcess() {
        return new Environment(System.getenv());
    }

    /** The value of a variable, stripped, when set and not blank. */
    public Optional<String> find(String name) {
        return Optional.ofNullable(variables.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The value of a variable, or a configuration error naming it. */
    public String require(String name, String purpose) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(name + " must be set: " + purpose));
    }

    /** Lists the variable names only: values may be secrets. */
    @Override
    public String toString() {
        return "Environment" + variables.keySet();
    }
}
