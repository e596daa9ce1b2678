package com.photostore.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The key new signatures use, and older keys still accepted when verifying, so keys can be rotated. */
public record KeyRing(SigningKey current, List<SigningKey> previous) {
    public KeyRing {
        Objects.requireNonNull(current, "current");
        previous = List.copyOf(previous);
        List<String> ids = new ArrayList<>();
        ids.add(current.id());
        for (SigningKey key : previous) {
            if (ids.contains(key.id())) {
                throw new IllegalArgumentException("key ids in a ring are distinct");
            }
            ids.add(key.id());
        }
    }

    /** The key with this id, current or previous. */
    public Optional<SigningKey> find(String id) {
        if (current.id().equals(id)) {
            return Optional.of(current);
        }
        return previous.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
