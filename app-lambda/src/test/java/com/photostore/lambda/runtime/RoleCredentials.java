package com.photostore.lambda.runtime;

import java.util.Objects;

/** The temporary credentials of a function's execution role, which Lambda puts in the function's environment. */
public record RoleCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {
    /** The credentials every local AWS fake of the project accepts. */
    public static final RoleCredentials TEST = new RoleCredentials("test", "test", "test");

    public RoleCredentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(sessionToken, "sessionToken");
    }

    /** Names the key id only. */
    @Override
    public String toString() {
        return "RoleCredentials[" + accessKeyId + "]";
    }
}
