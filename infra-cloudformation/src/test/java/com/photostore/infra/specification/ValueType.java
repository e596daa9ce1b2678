package com.photostore.infra.specification;

import java.util.List;

/** The type of a property's value in the resource specification. */
public sealed interface ValueType {

    /** A scalar ({@code string}, {@code integer}, {@code number}, {@code boolean}), {@code json}, {@code tag}. */
    record Primitive(String name) implements ValueType {
    }

    /** A list of values of one type. */
    record ListOf(ValueType element) implements ValueType {
    }

    /** A map from names to values of one type. */
    record MapOf(ValueType element) implements ValueType {
    }

    /** An object of a type definition of the resource (its properties by name). */
    record Structure(String definitionId) implements ValueType {
    }

    /** Any of several types. */
    record Union(List<ValueType> types) implements ValueType {
    }
}
