package com.photostore.domain.photo;

import java.util.Objects;

/** How many of a user's ready photos carry a tag. */
public record TagCount(Tag tag, long count) {
    public TagCount {
        Objects.requireNonNull(tag, "tag");
        if (count < 1) {
            throw new IllegalArgumentException("count >= 1");
        }
    }
}
