package com.photostore.infra.specification;

import java.util.List;

/** A property of a resource or of a type definition: the types it accepts (the current one first) and whether it is required. */
public record PropertySpecification(List<ValueType> types, boolean required) {
}
