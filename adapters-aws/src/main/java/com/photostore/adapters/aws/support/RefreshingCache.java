package com.photostore.adapters.aws.support;

import com.photostore.port.out.Clock;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * An in-process cache of values loaded from a remote store: each value lives for a fixed time, one reader at a
 * time reloads it when it expires while the others keep the old value, and a failed reload keeps serving the
 * old value (with a warning that names the key, never the value) until a later reload succeeds.
 */
public final class RefreshingCache<K, V> {
    /** How long a value lives when nothing else is said. */
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(5);

    private static final System.Logger LOG = System.getLogger(RefreshingCache.class.getName());
    private static final Duration LONGEST_RETRY_DELAY = Duration.ofSeconds(30);
    /** Every cache of the process, so that all can be told at once that their values may be stale. */
    private static final Set<RefreshingCache<?, ?>> ALL = Collections.newSetFromMap(new WeakHashMap<>());

    private final String description;
    private final Function<K, V> loader;
    private final Duration timeToLive;
    private final Duration retryDelay;
    private final Clock clock;
    private final Map<K, Slot<V>> slots = new ConcurrentHashMap<>();

    /**
     * A cache whose values come from the loader; the description (for example "secret") names the values
     * in warnings, and the clock decides when they expire.
     */
    public RefreshingCache(String description, Function<K, V> loader, Duration timeToLive, Clock clock) {
        this.description = Objects.requireNonNull(description, "description");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("a time to live is positive");
        }
        Duration tenth = timeToLive.dividedBy(10);
        this.retryDelay = tenth.compareTo(LONGEST_RETRY_DELAY) < 0 ? tenth : LONGEST_RETRY_DELAY;
        synchronized (ALL) {
            ALL.add(this);
        }
    }

    /**
     * Marks every value of every cache of the process as expired (after the process was restored from a snapshot,
     * say): the next read of each reloads it, keeping the old value while a reload fails.
     */
    public static void expireEverywhere() {
        List<RefreshingCache<?, ?>> caches;
        synchronized (ALL) {
            caches = new ArrayList<>(ALL);
        }
        caches.forEach(RefreshingCache::expireAll);
    }

    /** Marks every value as expired: the next read of each reloads it. */
    public void expireAll() {
        Instant now = clock.now();
        for (Slot<V> slot : slots.values()) {
            slot.lock.lock();
            try {
                Entry<V> entry = slot.entry;
                if (entry != null) {
                    slot.entry = new Entry<>(entry.value, now);
                }
            } finally {
                slot.lock.unlock();
            }
        }
    }

    /**
     * The value of a key: the cached one while it lives, else a freshly loaded one; the first load of a key
     * throws what the loader throws, later failed reloads leave the previous value in place.
     */
    public V get(K key) {
        Slot<V> slot = slots.computeIfAbsent(key, k -> new Slot<>());
        Entry<V> entry = slot.entry;
        if (entry != null && clock.now().isBefore(entry.expiresAt)) {
            return entry.value;
        }
        if (entry == null) {
            return loadFirst(key, slot);
        }
        return refresh(key, slot, entry);
    }

    private V loadFirst(K key, Slot<V> slot) {
        slot.lock.lock();
        try {
            Entry<V> entry = slot.entry;
            if (entry != null) {
                return entry.value;
            }
            return store(slot, loader.apply(key));
        } finally {
            slot.lock.unlock();
        }
    }

    private V refresh(K key, Slot<V> slot, Entry<V> stale) {
        if (!slot.lock.tryLock()) {
            return stale.value;
        }
        try {
            Entry<V> entry = slot.entry;
            if (entry != stale) {
                return entry.value;
            }
            try {
                return store(slot, loader.apply(key));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, () -> "Reloading " + description + " " + key + " failed ("
                        + e.getClass().getSimpleName() + "); still using the value loaded before");
                slot.entry = new Entry<>(stale.value, clock.now().plus(retryDelay));
                return stale.value;
            }
        } finally {
            slot.lock.unlock();
        }
    }

    private V store(Slot<V> slot, V value) {
        Objects.requireNonNull(value, "a loaded value");
        slot.entry = new Entry<>(value, clock.now().plus(timeToLive));
        return value;
    }

    private static final class Slot<V> {
        private final ReentrantLock lock = new ReentrantLock();
        private volatile Entry<V> entry;
    }

    private record Entry<V>(V value, Instant expiresAt) {
    }
}
