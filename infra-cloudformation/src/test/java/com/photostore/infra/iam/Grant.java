package com.photostore.infra.iam;

import java.util.List;

/** One {@code Allow} statement attached to a role: where it is, the actions it grants, the resources it names. */
record Grant(String source, List<String> actions, List<Object> resources) {
}
