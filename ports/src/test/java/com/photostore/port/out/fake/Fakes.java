package com.photostore.port.out.fake;

/**
 * One consistent set of every out-port fake around a single {@link MutableClock}: ids, sessions, rate limits,
 * uploads and queue all follow that clock, and files posted to the storage's forms are published on the queue.
 */
public final class Fakes {
    private final MutableClock clock = new MutableClock();
    private final SequentialIdGenerator ids = new SequentialIdGenerator(clock);
    private final SeededRandomTokens random = new SeededRandomTokens(42);
    private final InMemorySecrets secrets = new InMemorySecrets(new SeededRandomTokens(7));
    private final InMemorySettings settings = new InMemorySettings();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySessionStore sessions = new InMemorySessionStore(clock);
    private final InMemoryRevokedSessions revokedSessions = new InMemoryRevokedSessions(clock);
    private final InMemorySecurityEvents securityEvents = new InMemorySecurityEvents();
    private final InMemoryAlerts alerts = new InMemoryAlerts();
    private final InMemoryLoginRateLimiter rateLimiter = new InMemoryLoginRateLimiter(clock);
    private final InMemoryPhotoCatalog catalog = new InMemoryPhotoCatalog();
    private final InMemoryObjectStorage storage = new InMemoryObjectStorage(clock);
    private final InMemoryUploadQueue queue = new InMemoryUploadQueue(clock);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final FakePasswordStrength strength = new FakePasswordStrength();
    private final FakeTokenCodec tokens = new FakeTokenCodec(secrets);
    private final FakeImageInspector images = new FakeImageInspector();

    public Fakes() {
        storage.onObjectCreated(queue::publish);
    }

    public MutableClock clock() {
        return clock;
    }

    public SequentialIdGenerator ids() {
        return ids;
    }

    public SeededRandomTokens random() {
        return random;
    }

    public InMemorySecrets secrets() {
        return secrets;
    }

    public InMemorySettings settings() {
        return settings;
    }

    public InMemoryUserRepository users() {
        return users;
    }

    public InMemorySessionStore sessions() {
        return sessions;
    }

    public InMemoryRevokedSessions revokedSessions() {
        return revokedSessions;
    }

    public InMemorySecurityEvents securityEvents() {
        return securityEvents;
    }

    public InMemoryAlerts alerts() {
        return alerts;
    }

    public InMemoryLoginRateLimiter rateLimiter() {
        return rateLimiter;
    }

    public InMemoryPhotoCatalog catalog() {
        return catalog;
    }

    public InMemoryObjectStorage storage() {
        return storage;
    }

    public InMemoryUploadQueue queue() {
        return queue;
    }

    public FakePasswordHasher hasher() {
        return hasher;
    }

    public FakePasswordStrength strength() {
        return strength;
    }

    public FakeTokenCodec tokens() {
        return tokens;
    }

    public FakeImageInspector images() {
        return images;
    }
}
