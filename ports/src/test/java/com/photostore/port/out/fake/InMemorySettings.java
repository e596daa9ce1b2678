package com.photostore.port.out.fake;

import com.photostore.port.out.Settings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Settings held in a map that tests change at will. */
public final class InMemorySettings implements Settings {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    public InMemorySettings() {
    }

    public InMemorySettings(Map<String, String> initial) {
        values.putAll(initial);
    }

    @Override
    public Optional<String> find(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Sets a setting; returns this for chaining. */
    public InMemorySettings set(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** Unsets a setting. */
    public void remove(String name) {
        values.remove(name);
    }
}
