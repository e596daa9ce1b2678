package com.photostore.infra.specification;

import java.util.Map;
import java.util.Set;

/** A resource type of the specification: its properties by name and the attributes {@code Fn::GetAtt} may read. */
public record ResourceTypeSpecification(String name, Map<String, PropertySpecification> properties,
                                        Set<String> attributes) {
}
