package com.photostore.infra.iam;

import java.util.Locale;
import java.util.regex.Pattern;

/** IAM's matching of an action against a granted action that may hold wildcards ({@code s3:Get*}, {@code s3:?etObject}). */
final class ActionPattern {

    private ActionPattern() {
    }

    /** Whether a granted action, wildcards and all, covers an action; IAM compares them ignoring case. */
    static boolean matches(String granted, String action) {
        StringBuilder regex = new StringBuilder();
        for (char c : granted.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return action.toLowerCase(Locale.ROOT).matches(regex.toString());
    }
}
