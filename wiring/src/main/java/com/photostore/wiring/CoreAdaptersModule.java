package com.photostore.wiring;

import com.photostore.adapters.common.imaging.ImageIoImageInspector;
import com.photostore.adapters.common.jwt.JjwtTokenCodec;
import com.photostore.adapters.common.logging.LoggedAlerts;
import com.photostore.adapters.common.logging.LoggedSecurityEvents;
import com.photostore.adapters.common.password.Argon2idPasswordHasher;
import com.photostore.adapters.common.password.BoundedPasswordHasher;
import com.photostore.adapters.common.password.ZxcvbnPasswordStrength;
import com.photostore.adapters.common.system.MonotonicIdGenerator;
import com.photostore.adapters.common.system.SecureRandomTokens;
import com.photostore.adapters.common.system.SystemClock;
import com.photostore.port.out.Alerts;
import com.photostore.port.out.Clock;
import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.ImageInspector;
import com.photostore.port.out.PasswordHasher;
import com.photostore.port.out.PasswordStrength;
import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SecurityEvents;
import com.photostore.port.out.TokenCodec;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** The adapters every deployment shares: clock, randomness, identities, passwords, tokens and image inspection. */
@Module
public final class CoreAdaptersModule {
    /** The {@code iss} of the access tokens Photostore issues. */
    public static final String TOKEN_ISSUER = "photostore";
    /** The {@code aud} of the access tokens Photostore issues. */
    public static final String TOKEN_AUDIENCE = "photostore-api";

    private CoreAdaptersModule() {
    }

    @Provides
    @Singleton
    static Clock clock() {
        return new SystemClock();
    }

    @Provides
    @Singleton
    static RandomTokens randomTokens() {
        return new SecureRandomTokens();
    }

    @Provides
    @Singleton
    static IdGenerator ids(Clock clock, RandomTokens random) {
        return new MonotonicIdGenerator(clock, random);
    }

    @Provides
    @Singleton
    static PasswordHasher passwordHasher() {
        return BoundedPasswordHasher.perProcessor(new Argon2idPasswordHasher());
    }

    @Provides
    @Singleton
    static PasswordStrength passwordStrength() {
        return new ZxcvbnPasswordStrength();
    }

    @Provides
    @Singleton
    static ImageInspector imageInspector() {
        return new ImageIoImageInspector();
    }

    @Provides
    @Singleton
    static TokenCodec tokens(Secrets secrets) {
        Prefetch.inBackground("access-token keys", () -> secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS));
        return new JjwtTokenCodec(secrets, TOKEN_ISSUER, TOKEN_AUDIENCE);
    }

    @Provides
    @Singleton
    static LoggedSecurityEvents loggedSecurityEvents() {
        return new LoggedSecurityEvents();
    }

    @Provides
    @Singleton
    static SecurityEvents securityEvents(LoggedSecurityEvents events) {
        return events;
    }

    @Provides
    @Singleton
    static Alerts alerts() {
        return new LoggedAlerts();
    }
}
