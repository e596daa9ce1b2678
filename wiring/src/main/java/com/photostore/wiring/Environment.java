package com.photostore.wiring;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The environment variables a server or function was started with; it remembers the names of those the code looked
 * up, so that a deployment can be checked to set exactly what its units read.
 */
public final class Environment {
    private final Map<String, String> variables;
    private final Set<String> read = new ConcurrentSkipListSet<>();
    private final Set<String> required = new ConcurrentSkipListSet<>();

    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The variables of this process. */
    public static Environment ofProcess() {
        return new Environment(System.getenv());
    }

    /** Every variable, for the readers that take the whole map (the local stack's configuration). */
    public Map<String, String> variables() {
        return variables;
    }

    /** The value of a variable, stripped, when set and not blank. */
    public Optional<String> find(String name) {
        read.add(name);
        return Optional.ofNullable(variables.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The value of a variable, or a configuration error naming it. */
    public String require(String name, String purpose) {
        required.add(name);
        return find(name).orElseThrow(() -> new IllegalArgumentException(name + " must be set: " + purpose));
    }

    /** The names looked up so far with {@link #find} or {@link #require}, set or not. */
    public Set<String> namesRead() {
        return Set.copyOf(read);
    }

    /** The names looked up so far with {@link #require}: those a deployment must set. */
    public Set<String> namesRequired() {
        return Set.copyOf(required);
    }

    /** Lists the variable names only: values may be secrets. */
    @Override
    public String toString() {
        return "Environment" + variables.keySet();
    }
}
