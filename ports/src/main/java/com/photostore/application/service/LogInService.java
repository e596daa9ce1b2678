package com.photostore.application.service;

import com.photostore.domain.error.RateLimitedException;
import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.session.RefreshToken;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;
import com.photostore.domain.user.User;
import com.photostore.port.in.LogInCommand;
import com.photostore.port.in.LogInUseCase;
import com.photostore.port.in.SessionTokens;
import com.photostore.port.out.Clock;
import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.PasswordHasher;
import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.RateLimitStatus;
import com.photostore.port.out.SessionStore;
import com.photostore.port.out.Settings;
import com.photostore.port.out.TokenCodec;
import com.photostore.port.out.UserRepository;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks credentials in the same time whether or not the account exists, rate-limits failures per account
 * and per client address, and opens a new session on every successful log-in.
 */
public final class LogInService implements LogInUseCase {
    static final String WRONG_CREDENTIALS = "username or password is wrong";
    static final String TOO_MANY_FAILURES = "too many failed log-ins; try again later";
    private static final Password DUMMY_PASSWORD = Password.parse("not-a-password-of-any-account");

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginRateLimiter limiter;
    private final SessionStore sessions;
    private final IdGenerator ids;
    private final Clock clock;
    private final ServiceSettings settings;
    private final SessionTokenIssuer issuer;
    private volatile PasswordHash dummyHash;

    public LogInService(UserRepository users, PasswordHasher hasher, LoginRateLimiter limiter, SessionStore sessions,
                        TokenCodec tokens, IdGenerator ids, RandomTokens random, Clock clock, Settings settings) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = new ServiceSettings(settings);
        this.issuer = new SessionTokenIssuer(Objects.requireNonNull(tokens, "tokens"), Objects.requireNonNull(random, "random"));
    }

    @Override
    public SessionTokens logIn(LogInCommand command) {
        LoginAttempt attempt = LoginAttempt.of(command);
        refuseWhenLimited(attempt);
        Optional<User> user = attempt.username().flatMap(users::findByUsername);
        if (!passwordMatches(user, attempt.password())) {
            limiter.recordFailure(attempt.accountKey(), settings.accountLimit());
            limiter.recordFailure(attempt.addressKey(), settings.addressLimit());
            throw new UnauthorizedException(WRONG_CREDENTIALS);
        }
        limiter.reset(attempt.accountKey());
        User account = user.get();
        Password password = attempt.password().get();
        if (hasher.needsRehash(account.passwordHash())) {
            users.updatePasswordHash(account.id(), hasher.hash(password));
        }
        return startSession(account);
    }

    private void refuseWhenLimited(LoginAttempt attempt) {
        RateLimitStatus account = limiter.status(attempt.accountKey(), settings.accountLimit());
        RateLimitStatus address = limiter.status(attempt.addressKey(), settings.addressLimit());
        if (account.limited() || address.limited()) {
            RateLimitStatus longer = account.retryAfter().compareTo(address.retryAfter()) >= 0 ? account : address;
            throw new RateLimitedException(TOO_MANY_FAILURES, longer.retryAfter());
        }
    }

    /** Runs exactly one verification, against a dummy hash when there is no account or no usable password. */
    private boolean passwordMatches(Optional<User> user, Optional<Password> password) {
        boolean comparable = user.isPresent() && password.isPresent();
        PasswordHash hash = comparable ? user.get().passwordHash() : dummyHash();
        boolean verified = hasher.verify(password.orElse(DUMMY_PASSWORD), hash);
        return comparable && verified;
    }

    private PasswordHash dummyHash() {
        PasswordHash hash = dummyHash;
        if (hash == null) {
            synchronized (this) {
                hash = dummyHash;
                if (hash == null) {
                    hash = hasher.hash(DUMMY_PASSWORD);
                    dummyHash = hash;
                }
            }
        }
        return hash;
    }

    private SessionTokens startSession(User account) {
        Instant now = clock.now();
        SessionPolicy policy = settings.sessionPolicy();
        SessionId id = ids.newSessionId();
        RefreshToken refreshToken = issuer.newRefreshToken(id);
        Session session = Session.start(id, account.id(), refreshToken.hash(), now, policy);
        sessions.create(session);
        return issuer.tokensFor(session, refreshToken, now, policy);
    }
}
