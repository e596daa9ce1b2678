package com.photostore.archfixture.bad.lib;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** An annotation from outside java.., standing in for a dependency-injection annotation. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Wired {
}
