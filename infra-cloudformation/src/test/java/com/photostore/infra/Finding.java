package com.photostore.infra;

/**
 * One problem a check found: where (a template path such as {@code Resources/PhotosFunction/Properties/Handler}, a
 * function or a rule) and what is wrong.
 */
public record Finding(String location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
