package com.photostore.application.service;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.error.RateLimitedException;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.RateLimitStatus;
import com.photostore.port.out.SecurityEvent;
import com.photostore.port.out.SecurityEventKind;
import com.photostore.port.out.SecurityEvents;
import com.photostore.port.out.Settings;
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

/**
 * Creates accounts with a valid username and a password that is long enough and hard to guess; every well-formed
 * attempt counts against its client address before the password is hashed, so one address creates only so many.
 */
public final class RegisterUserService implements RegisterUserUseCase {
    static final String PRODUCT_NAME = "photostore";
    static final String TOO_MANY_SIGN_UPS = "too many sign-ups from this address; try again later";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordStrength strength;
    private final IdGenerator ids;
    private final Clock clock;
    private final LoginRateLimiter limiter;
    private final SecurityEvents events;
    private final RandomTokens random;
    private final ServiceSettings settings;

    public RegisterUserService(UserRepository users, PasswordHasher hasher, PasswordStrength strength, IdGenerator ids,
                               Clock clock, LoginRateLimiter limiter, SecurityEvents events, RandomTokens random,
                               Settings settings) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.strength = Objects.requireNonNull(strength, "strength");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.events = Objects.requireNonNull(events, "events");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = new ServiceSettings(settings);
    }

    @Override
    public RegisteredUser register(RegisterUserCommand command) {
        InputErrors errors = new InputErrors();
        Username username = errors.collect(() -> Username.parse(command.username()));
        Password password = errors.collect(() -> Password.parse(command.password()));
        errors.throwIfAny();
        String addressKey = "signup:" + LoginAttempt.addressOf(command.clientAddress());
        RateLimitStatus status = limiter.reserve(addressKey, settings.signUpLimit(), Base64Url.encode(random.bytes(16)));
        if (status.limited()) {
            events.record(SecurityEvent.anonymous(SecurityEventKind.SIGN_UP_RATE_LIMITED, "limited per address"));
            throw new RateLimitedException(TOO_MANY_SIGN_UPS, status.retryAfter());
        }
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
