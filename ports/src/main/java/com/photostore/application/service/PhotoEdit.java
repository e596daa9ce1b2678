package com.photostore.application.service;

import com.photostore.domain.photo.Description;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.Tags;
import com.photostore.domain.photo.Title;
import com.photostore.port.in.Patch;
import com.photostore.port.in.UpdatePhotoCommand;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** The validated changes of an update, applicable to whatever version of the photo is current. */
record PhotoEdit(Patch<Title> title, Patch<Description> description, Optional<Tags> replacedTags, List<Tag> addedTags,
                 List<Tag> removedTags) {

    /** Reads the command's changes, recording every invalid field in {@code errors}; {@code null} fields are left unchecked. */
    static PhotoEdit parse(UpdatePhotoCommand command, InputErrors errors) {
        Patch<Title> title = errors.collect(() -> text(command.title(), "title", Title::parse));
        Patch<Description> description = errors.collect(() -> text(command.description(), "description", Description::parse));
        boolean incremental = !command.addTags().isEmpty() || !command.removeTags().isEmpty();
        if (command.tags().isPresent() && incremental) {
            errors.add("tags", "give either tags or addTags and removeTags, not both");
        }
        Optional<Tags> replaced = command.tags().map(raw -> errors.collect(() -> Tags.parse("tags", raw)));
        List<Tag> added = errors.collect(() -> Tags.parseEach("addTags", command.addTags()));
        List<Tag> removed = errors.collect(() -> Tags.parseEach("removeTags", command.removeTags()));
        if (added != null && removed != null && added.stream().anyMatch(removed::contains)) {
            errors.add("removeTags", "must not name a tag that addTags adds");
        }
        return new PhotoEdit(title, description, replaced, added, removed);
    }

    /** The photo with these changes made, one version later. */
    Photo applyTo(Photo photo) {
        Tags tags = replacedTags.orElseGet(() -> photo.tags().plus(addedTags).minus(removedTags));
        return photo.edited(patched(title, photo.title()), patched(description, photo.description()), tags);
    }

    private static <T> Patch<T> text(Patch<String> patch, String field, BiFunction<String, String, Optional<T>> parse) {
        if (patch instanceof Patch.Set<String> set) {
            return parse.apply(field, set.value()).map(Patch::set).orElseGet(Patch::clear);
        }
        return patch instanceof Patch.Clear<String> ? Patch.clear() : Patch.keep();
    }

    private static <T> T patched(Patch<T> patch, T current) {
        if (patch instanceof Patch.Set<T> set) {
            return set.value();
        }
        return patch instanceof Patch.Clear<T> ? null : current;
    }
}
