package com.photostore.infra.iam;

/**
 * An action a function's role must or may grant, on a target: one its code performs (named by its variable), or one
 * of the platform's (Lambda's logs, network interfaces, traces, event source polling).
 */
record Permission(String action, String namedBy, Target target, boolean required) {
}
