package com.photostore.application.service;

import com.photostore.domain.session.SessionPolicy;
import com.photostore.port.out.RateLimit;
import com.photostore.port.out.Settings;

import java.time.Duration;
import java.util.Objects;

/** The settings the services read, typed and with their defaults. */
final class ServiceSettings {
    static final long DEFAULT_UPLOAD_MAX_BYTES = SettingNames.DEFAULT_UPLOAD_MAX_BYTES;
    static final Duration DEFAULT_UPLOAD_FORM_LIFETIME = Duration.ofMinutes(15);
    static final Duration DEFAULT_UPLOAD_PENDING_GRACE = Duration.ofMinutes(15);
    static final RateLimit DEFAULT_ACCOUNT_LIMIT = new RateLimit(10, Duration.ofMinutes(15));
    static final RateLimit DEFAULT_ADDRESS_LIMIT = new RateLimit(100, Duration.ofMinutes(15));
    static final RateLimit DEFAULT_ACCOUNT_TOTAL_LIMIT = new RateLimit(50, Duration.ofMinutes(15));
    static final RateLimit DEFAULT_SIGN_UP_LIMIT = new RateLimit(100, Duration.ofHours(1));
    static final Duration DEFAULT_URL_SIGNING_WINDOW = Duration.ofHours(1);

    private final Settings settings;

    ServiceSettings(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    long uploadMaxBytes() {
        long value = settings.number(SettingNames.UPLOAD_MAX_BYTES, DEFAULT_UPLOAD_MAX_BYTES);
        if (value < 1) {
            throw new IllegalStateException("setting " + SettingNames.UPLOAD_MAX_BYTES + " is positive");
        }
        return value;
    }

    Duration uploadFormLifetime() {
        return positive(SettingNames.UPLOAD_FORM_LIFETIME, DEFAULT_UPLOAD_FORM_LIFETIME);
    }

    Duration uploadPendingGrace() {
        Duration value = settings.duration(SettingNames.UPLOAD_PENDING_GRACE, DEFAULT_UPLOAD_PENDING_GRACE);
        if (value.isNegative()) {
            throw new IllegalStateException("setting " + SettingNames.UPLOAD_PENDING_GRACE + " is not negative");
        }
        return value;
    }

    RateLimit accountLimit() {
        return limit(SettingNames.LOGIN_ACCOUNT_MAX_FAILURES, SettingNames.LOGIN_ACCOUNT_WINDOW, DEFAULT_ACCOUNT_LIMIT);
    }

    RateLimit accountTotalLimit() {
        return limit(SettingNames.LOGIN_ACCOUNT_TOTAL_MAX_FAILURES, SettingNames.LOGIN_ACCOUNT_TOTAL_WINDOW,
                DEFAULT_ACCOUNT_TOTAL_LIMIT);
    }

    RateLimit signUpLimit() {
        return limit(SettingNames.SIGN_UP_ADDRESS_MAX_ATTEMPTS, SettingNames.SIGN_UP_ADDRESS_WINDOW, DEFAULT_SIGN_UP_LIMIT);
    }

    RateLimit addressLimit() {
        return limit(SettingNames.LOGIN_ADDRESS_MAX_FAILURES, SettingNames.LOGIN_ADDRESS_WINDOW, DEFAULT_ADDRESS_LIMIT);
    }

    SessionPolicy sessionPolicy() {
        SessionPolicy fallback = SessionPolicy.DEFAULT;
        Duration access = settings.duration(SettingNames.SESSION_ACCESS_TOKEN_LIFETIME, fallback.accessTokenLifetime());
        Duration inactivity = settings.duration(SettingNames.SESSION_INACTIVITY_TIMEOUT, fallback.inactivityTimeout());
        Duration absolute = settings.duration(SettingNames.SESSION_ABSOLUTE_LIFETIME, fallback.absoluteLifetime());
        try {
            return new SessionPolicy(access, inactivity, absolute);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the session.* settings do not form a valid session policy", e);
        }
    }

    Duration urlWindow() {
        return positive(SettingNames.URL_SIGNING_WINDOW, DEFAULT_URL_SIGNING_WINDOW);
    }

    private RateLimit limit(String countName, String windowName, RateLimit fallback) {
        long count = settings.number(countName, fallback.maxFailures());
        if (count < 1 || count > Integer.MAX_VALUE) {
            throw new IllegalStateException("setting " + countName + " is a positive whole number");
        }
        return new RateLimit((int) count, positive(windowName, fallback.window()));
    }

    private Duration positive(String name, Duration fallback) {
        Duration value = settings.duration(name, fallback);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException("setting " + name + " is a positive duration");
        }
        return value;
    }
}
