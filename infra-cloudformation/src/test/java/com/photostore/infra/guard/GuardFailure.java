package com.photostore.infra.guard;

import java.util.Set;

/**
 * A Guard rule a template does not comply with: the rule's name, the control it implements (such as
 * {@code CT.S3.PR.1} or {@code PHOTOSTORE.IAM}), its description and the resources that fail it.
 */
public record GuardFailure(String rule, String control, String description, Set<String> resources) {
}
