package com.photostore.application.service;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.error.RateLimitedException;
import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.error.UnavailableException;
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
import com.photostore.port.out.RateLimit;
import com.photostore.port.out.RateLimitStatus;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SecurityEvent;
import com.photostore.port.out.SecurityEventKind;
import com.photostore.port.out.SecurityEvents;
import com.photostore.port.out.SessionStore;
import com.photostore.port.out.Settings;
import com.photostore.port.out.TokenCodec;
import com.photostore.port.out.UserRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks credentials in the same time whether or not the account exists, and opens a new session on every successful
 * log-in. Every attempt is counted before its password is checked, so however many arrive at once no more than a
 * limit are ever checked: per (account, client address), per address, and per account as a whole, where a browser
 * that proves it logged in to the account before (its device token) is counted per device instead, so that others'
 * failures cannot keep the owner out.
 */
public final class LogInService implements LogInUseCase {
    static final String WRONG_CREDENTIALS = "username or password is wrong";
    static final String TOO_MANY_FAILURES = "too many failed log-ins; try again later";
    private static final int ATTEMPT_ID_BYTES = 16;
    private static final int DEVICE_ID_BYTES = 16;
    private static final Password DUMMY_PASSWORD = Password.parse("not-a-password-of-any-account");

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginRateLimiter limiter;
    private final SessionStore sessions;
    private final IdGenerator ids;
    private final Clock clock;
    private final ServiceSettings settings;
    private final SessionTokenIssuer issuer;
    private final DeviceProofCodec devices;
    private final SecurityEvents events;
    private final RandomTokens random;
    private volatile PasswordHash dummyHash;

    public LogInService(UserRepository users, PasswordHasher hasher, LoginRateLimiter limiter, SessionStore sessions,
                        TokenCodec tokens, Secrets secrets, SecurityEvents events, IdGenerator ids, RandomTokens random,
                        Clock clock, Settings settings) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = new ServiceSettings(settings);
        this.issuer = new SessionTokenIssuer(Objects.requireNonNull(tokens, "tokens"), Objects.requireNonNull(random, "random"));
        this.devices = new DeviceProofCodec(secrets);
        this.events = Objects.requireNonNull(events, "events");
        this.random = random;
    }

    @Override
    public SessionTokens logIn(LogInCommand command) {
        LoginAttempt attempt = LoginAttempt.of(command);
        Optional<User> user = attempt.username().flatMap(users::findByUsername);
        Instant now = clock.now();
        Optional<String> device = user.flatMap(u -> devices.deviceOf(command.deviceToken(), u.id(), now));
        String attemptId = Base64Url.encode(random.bytes(ATTEMPT_ID_BYTES));
        List<String> reserved = reserve(attempt, device, attemptId, user);
        boolean matches;
        try {
            matches = passwordMatches(user, attempt.password());
        } catch (UnavailableException busy) {
            reserved.forEach(key -> limiter.release(key, attemptId));
            throw busy;
        }
        if (!matches) {
            events.record(new SecurityEvent(SecurityEventKind.LOG_IN_FAILED, user.map(User::id),
                    "wrong " + (user.isPresent() ? "password" : "username")));
            throw new UnauthorizedException(WRONG_CREDENTIALS);
        }
        reserved.forEach(key -> limiter.release(key, attemptId));
        limiter.reset(attempt.pairKey());
        device.ifPresent(id -> limiter.reset(LoginAttempt.deviceKey(id)));
        User account = user.get();
        Password password = attempt.password().get();
        if (hasher.needsRehash(account.passwordHash())) {
            users.updatePasswordHash(account.id(), hasher.hash(password));
        }
        String deviceId = device.orElseGet(() -> Base64Url.encode(random.bytes(DEVICE_ID_BYTES)));
        return startSession(account, devices.issue(account.id(), deviceId, now));
    }

    /**
     * Counts the attempt, before its password is checked, against the (account, address) pair, the address, and
     * either the account as a whole or, for a known device, that device; refuses it, giving the counts back, when any
     * of them is full.
     */
    private List<String> reserve(LoginAttempt attempt, Optional<String> device, String attemptId, Optional<User> user) {
        List<Map.Entry<String, RateLimit>> limits = List.of(
                Map.entry(attempt.pairKey(), settings.accountLimit()),
                Map.entry(attempt.addressKey(), settings.addressLimit()),
                device.map(id -> Map.entry(LoginAttempt.deviceKey(id), settings.accountLimit()))
                        .orElseGet(() -> Map.entry(attempt.accountKey(), settings.accountTotalLimit())));
        List<String> reserved = new ArrayList<>();
        for (Map.Entry<String, RateLimit> limit : limits) {
            RateLimitStatus status = limiter.reserve(limit.getKey(), limit.getValue(), attemptId);
            if (status.limited()) {
                reserved.forEach(key -> limiter.release(key, attemptId));
                events.record(new SecurityEvent(SecurityEventKind.LOG_IN_RATE_LIMITED, user.map(User::id),
                        "limited per " + limit.getKey().substring(0, limit.getKey().indexOf(':'))));
                throw new RateLimitedException(TOO_MANY_FAILURES, status.retryAfter());
            }
            reserved.add(limit.getKey());
        }
        return reserved;
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

    private SessionTokens startSession(User account, String deviceToken) {
        Instant now = clock.now();
        SessionPolicy policy = settings.sessionPolicy();
        SessionId id = ids.newSessionId();
        RefreshToken refreshToken = issuer.newRefreshToken(id);
        Session session = Session.start(id, account.id(), refreshToken.hash(), now, policy);
        sessions.create(session);
        return issuer.tokensFor(session, refreshToken, now, policy).withDeviceToken(deviceToken);
    }
}
