package com.photostore.port.out;

import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;

/** A slow, salted password hash whose encoding carries its parameters. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    /** Whether the password matches, in time that does not depend on where they differ. */
    boolean verify(Password password, PasswordHash hash);

    /** Whether the hash was made with weaker parameters than this hasher's and should be replaced. */
    boolean needsRehash(PasswordHash hash);
}
