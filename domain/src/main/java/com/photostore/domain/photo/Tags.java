package com.photostore.domain.photo;

import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The tags of one photo: distinct, sorted by code point, at most 50. */
public record Tags(List<Tag> values) {
    public static final int MAX_PER_PHOTO = 50;
    public static final Tags NONE = new Tags(List.of());

    public Tags {
        Objects.requireNonNull(values, "values");
        TreeSet<Tag> sorted = new TreeSet<>(values);
        if (sorted.size() != values.size() || !new ArrayList<>(sorted).equals(values)) {
            throw new IllegalArgumentException("tags are distinct and sorted");
        }
        if (values.size() > MAX_PER_PHOTO) {
            throw new IllegalArgumentException("at most " + MAX_PER_PHOTO + " tags");
        }
        values = List.copyOf(values);
    }

    /** Tags from already-parsed values (duplicates merged). */
    public static Tags of(Collection<Tag> tags) {
        TreeSet<Tag> sorted = new TreeSet<>(tags);
        if (sorted.size() > MAX_PER_PHOTO) {
            throw InvalidInputException.of("tags", "a photo has at most " + MAX_PER_PHOTO + " tags");
        }
        return new Tags(new ArrayList<>(sorted));
    }

    /** Parses a list a client sent; every bad entry is reported as {@code field[i]}. */
    public static Tags parse(String field, List<String> raw) {
        if (raw == null) {
            return NONE;
        }
        if (raw.size() > MAX_PER_PHOTO * 4) {
            throw InvalidInputException.of(field, "a photo has at most " + MAX_PER_PHOTO + " tags");
        }
        return of(parseEach(field, raw));
    }

    /** Parses each entry of a client list, collecting every error. */
    public static List<Tag> parseEach(String field, List<String> raw) {
        List<Tag> tags = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            try {
                tags.add(Tag.parse(field + "[" + i + "]", raw.get(i)));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return tags;
    }

    /** These tags plus others; more than 50 is invalid input. */
    public Tags plus(Collection<Tag> more) {
        List<Tag> all = new ArrayList<>(values);
        all.addAll(more);
        return of(all);
    }

    /** These tags without others. */
    public Tags minus(Collection<Tag> less) {
        List<Tag> kept = new ArrayList<>(values);
        kept.removeAll(less);
        return new Tags(kept);
    }

    /** Whether every given tag is here. */
    public boolean containsAll(Collection<Tag> wanted) {
        return values.containsAll(wanted);
    }

    /** The tag strings, in order. */
    public List<String> strings() {
        return values.stream().map(Tag::value).toList();
    }
}
