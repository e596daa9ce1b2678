package com.photostore.infra.iam;

import com.photostore.infra.template.Intrinsics;
import java.util.Set;

/**
 * The resource an action acts on, as the template knows it: the parameters and resources the function's variable
 * refers to (or the variable's literal value), {@code "*"} for an action without resources, or any resource for the
 * platform's own actions. A statement's resource refers to it when it names one of those, or holds that literal.
 */
record Target(Set<String> names, String literal, String description, Kind kind, String within) {

    /** How a statement's resource must refer to the target. */
    enum Kind { NAMED, NO_RESOURCE, ANY }

    /** The target of a variable whose value is an expression of the template. */
    static Target of(String variable, Object value) {
        return new Target(Intrinsics.referencedNames(value), Intrinsics.render(value),
                variable + " (" + Intrinsics.render(value) + ")", Kind.NAMED, "");
    }

    /**
     * The same target narrowed to a part of it that the statement's resource must name too, such as a table's
     * {@code /index/} (a query of an index is authorised on {@code <table ARN>/index/<name>}).
     */
    Target within(String part, String partDescription) {
        return new Target(names, literal, description + partDescription, kind, part);
    }

    /** The target of an action that has no resources: the statement names {@code "*"}. */
    static Target noResource() {
        return new Target(Set.of(), "*", "\"*\"", Kind.NO_RESOURCE, "");
    }

    /** Any resource, for actions of the platform's allow-list. */
    static Target any(String description) {
        return new Target(Set.of(), "", description, Kind.ANY, "");
    }

    /** Whether a statement's resource (a literal or an expression) refers to this target. */
    boolean referredBy(Object resource) {
        return switch (kind) {
            case ANY -> true;
            case NO_RESOURCE -> "*".equals(resource);
            case NAMED -> Intrinsics.render(resource).contains(within) && (names.isEmpty()
                    ? Intrinsics.render(resource).contains(literal)
                    : Intrinsics.referencedNames(resource).stream().anyMatch(names::contains));
        };
    }
}
