package com.photostore.application.service;

import com.photostore.domain.error.ConflictException;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.user.Password;
import com.photostore.domain.user.User;
import com.photostore.domain.user.Username;
import com.photostore.port.in.RegisterUserCommand;
import com.photostore.port.in.RegisterUserUseCase;
import com.photostore.port.in.RegisteredUser;
import com.photostore.port.out.Clock;
import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.PasswordHasher;
import com.photostore.port.out.PasswordStrength;
import com.photostore.port.out.UserRepository;

import java.util.List;
import java.util.Objects;

/** Creates accounts with a valid username and a password that is long enough and hard to guess. */
public final class RegisterUserService implements RegisterUserUseCase {
    static final String PRODUCT_NAME = "photostore";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordStrength strength;
    private final IdGenerator ids;
    private final Clock clock;

    public RegisterUserService(UserRepository users, PasswordHasher hasher, PasswordStrength strength, IdGenerator ids,
                               Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.strength = Objects.requireNonNull(strength, "strength");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RegisteredUser register(RegisterUserCommand command) {
        InputErrors errors = new InputErrors();
        Username username = errors.collect(() -> Username.parse(command.username()));
        Password password = errors.collect(() -> Password.parse(command.password()));
        errors.throwIfAny();
        strength.weakness(password, List.of(username.value(), PRODUCT_NAME)).ifPresent(advice -> {
            throw InvalidInputException.of("password", advice);
        });
        User user = new User(ids.newUserId(), username, hasher.hash(password), clock.now());
        if (!users.create(user)) {
            throw new ConflictException("username is taken");
        }
        return new RegisteredUser(user.id(), user.username(), user.createdAt());
    }
}
