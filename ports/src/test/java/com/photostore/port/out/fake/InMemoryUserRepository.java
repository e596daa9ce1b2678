package com.photostore.port.out.fake;

import com.photostore.domain.user.PasswordHash;
import com.photostore.domain.user.User;
import com.photostore.domain.user.UserId;
import com.photostore.domain.user.Username;
import com.photostore.port.out.UserRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Accounts in two maps, by id and by (lower-case) username. */
public final class InMemoryUserRepository implements UserRepository {
    private final Map<UserId, User> byId = new HashMap<>();
    private final Map<Username, UserId> byUsername = new HashMap<>();

    @Override
    public synchronized boolean create(User user) {
        if (byId.containsKey(user.id()) || byUsername.containsKey(user.username())) {
            return false;
        }
        byId.put(user.id(), user);
        byUsername.put(user.username(), user.id());
        return true;
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<User> findByUsername(Username username) {
        return Optional.ofNullable(byUsername.get(username)).map(byId::get);
    }

    @Override
    public synchronized boolean updatePasswordHash(UserId id, PasswordHash hash) {
        User user = byId.get(id);
        if (user == null) {
            return false;
        }
        byId.put(id, user.withPasswordHash(hash));
        return true;
    }

    /** How many accounts exist. */
    public synchronized int size() {
        return byId.size();
    }
}
