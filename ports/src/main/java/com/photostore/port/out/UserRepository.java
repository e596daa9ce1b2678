package com.photostore.port.out;

import com.photostore.domain.user.PasswordHash;
import com.photostore.domain.user.User;
import com.photostore.domain.user.UserId;
import com.photostore.domain.user.Username;
import java.util.Optional;

/** Where accounts are kept. Usernames are unique; they are stored lower case, so uniqueness is case-insensitive. */
public interface UserRepository {

    /** Stores a new account; returns {@code false}, changing nothing, when the username or id is taken. */
    boolean create(User user);

    Optional<User> findById(UserId id);

    Optional<User> findByUsername(Username username);

    /** Replaces an account's password hash; returns {@code false} when there is no such account. */
    boolean updatePasswordHash(UserId id, PasswordHash hash);
}
