package com.photostore.port.out.broken;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.Clock;
import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.ImageInspector;
import com.photostore.port.out.KeyRing;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PasswordHasher;
import com.photostore.port.out.PasswordStrength;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.RateLimitStatus;
import com.photostore.port.out.RotationOutcome;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SessionStore;
import com.photostore.port.out.Settings;
import com.photostore.port.out.SigningKey;
import com.photostore.port.out.TokenCodec;
import com.photostore.port.out.TransitionOutcome;
import com.photostore.port.out.UploadQueue;
import com.photostore.port.out.UserRepository;
import com.photostore.port.out.fake.FakeImageInspectorContractTest;
import com.photostore.port.out.fake.FakePasswordHasherContractTest;
import com.photostore.port.out.fake.FakePasswordStrengthContractTest;
import com.photostore.port.out.fake.FakeTokenCodecContractTest;
import com.photostore.port.out.fake.InMemoryLoginRateLimiterContractTest;
import com.photostore.port.out.fake.InMemoryObjectStorageContractTest;
import com.photostore.port.out.fake.InMemoryPhotoCatalogContractTest;
import com.photostore.port.out.fake.InMemorySecretsContractTest;
import com.photostore.port.out.fake.InMemorySessionStoreContractTest;
import com.photostore.port.out.fake.InMemorySettingsContractTest;
import com.photostore.port.out.fake.InMemoryUploadQueueContractTest;
import com.photostore.port.out.fake.InMemoryUserRepositoryContractTest;
import com.photostore.port.out.fake.MutableClockContractTest;
import com.photostore.port.out.fake.SeededRandomTokensContractTest;
import com.photostore.port.out.fake.SequentialIdGeneratorContractTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** The contract suites run against fakes, each with one deliberate mistake. */
final class BrokenSuites {
    private BrokenSuites() {
    }

    static class LyingUserRepository extends InMemoryUserRepositoryContractTest {
        @Override
        protected UserRepository users() {
            return Sabotage.of(UserRepository.class, super.users(), "create", (args, healthy) -> {
                healthy.apply(args);
                return true;
            });
        }
    }

    static class NonRevokingSessionStore extends InMemorySessionStoreContractTest {
        @Override
        protected SessionStore sessions() {
            SessionStore healthy = super.sessions();
            return Sabotage.of(SessionStore.class, healthy, "rotate", (args, call) -> {
                boolean current = healthy.find((SessionId) args[0])
                        .map(s -> s.refreshTokenHash().equals(args[1])).orElse(false);
                return current ? call.apply(args) : RotationOutcome.UNKNOWN;
            });
        }
    }

    static class NeverLimitingRateLimiter extends InMemoryLoginRateLimiterContractTest {
        @Override
        protected LoginRateLimiter limiter() {
            LoginRateLimiter recording = Sabotage.of(LoginRateLimiter.class, super.limiter(), "recordFailure",
                    (args, healthy) -> {
                        healthy.apply(args);
                        return RateLimitStatus.ALLOWED;
                    });
            return Sabotage.of(LoginRateLimiter.class, recording, "status", (args, healthy) -> RateLimitStatus.ALLOWED);
        }
    }

    static class AscendingOnlyCatalogue extends InMemoryPhotoCatalogContractTest {
        @Override
        protected PhotoCatalog catalog() {
            return Sabotage.of(PhotoCatalog.class, super.catalog(), "list", (args, healthy) -> {
                CatalogQuery q = (CatalogQuery) args[0];
                return healthy.apply(new Object[] {
                    new CatalogQuery(q.owner(), q.sort(), SortOrder.ASC, q.filter(), q.limit(), q.continuation())});
            });
        }
    }

    static class TieSkippingCatalogue extends InMemoryPhotoCatalogContractTest {
        @Override
        protected PhotoCatalog catalog() {
            return TieSkippingCatalog.around(super.catalog());
        }
    }

    static class UnconditionalCatalogue extends InMemoryPhotoCatalogContractTest {
        @Override
        protected PhotoCatalog catalog() {
            PhotoCatalog healthy = super.catalog();
            return Sabotage.of(PhotoCatalog.class, healthy, "markReady", (args, call) -> {
                Optional<Photo> stored = healthy.find((UserId) args[0], (PhotoId) args[1]);
                if (stored.isPresent() && stored.get().status() != PhotoStatus.PENDING) {
                    return new TransitionOutcome.Applied(stored.get());
                }
                Object outcome = call.apply(args);
                return outcome instanceof TransitionOutcome.NotPending notPending
                        ? new TransitionOutcome.Applied(notPending.current()) : outcome;
            });
        }
    }

    static class UnboundedStorage extends InMemoryObjectStorageContractTest {
        @Override
        protected ObjectStorage storage() {
            return Sabotage.of(ObjectStorage.class, super.storage(), "readAll",
                    (args, healthy) -> healthy.apply(new Object[] {args[0], Long.MAX_VALUE}));
        }
    }

    static class ForgetfulQueue extends InMemoryUploadQueueContractTest {
        @Override
        protected UploadQueue newQueue() {
            return Sabotage.of(UploadQueue.class, super.newQueue(), "acknowledge", (args, healthy) -> null);
        }
    }

    static class UnextendableQueue extends InMemoryUploadQueueContractTest {
        @Override
        protected UploadQueue newQueue() {
            return Sabotage.of(UploadQueue.class, super.newQueue(), "extendVisibility", (args, healthy) -> null);
        }
    }

    static class ShiftingSecrets extends InMemorySecretsContractTest {
        @Override
        protected Secrets secrets() {
            return Sabotage.of(Secrets.class, super.secrets(), "keyRing", (args, healthy) -> {
                byte[] key = new byte[SigningKey.MIN_BYTES];
                ThreadLocalRandom.current().nextBytes(key);
                return new KeyRing(new SigningKey("k" + ThreadLocalRandom.current().nextInt(1_000_000), key), List.of());
            });
        }
    }

    static class NumberBlindSettings extends InMemorySettingsContractTest {
        @Override
        protected Settings settings() {
            return Sabotage.of(Settings.class, super.settings(), "number", (args, healthy) -> args[1]);
        }
    }

    static class UnsaltedHasher extends FakePasswordHasherContractTest {
        @Override
        protected PasswordHasher hasher() {
            Map<Password, PasswordHash> first = new ConcurrentHashMap<>();
            return Sabotage.of(PasswordHasher.class, super.hasher(), "hash",
                    (args, healthy) -> first.computeIfAbsent((Password) args[0], p -> (PasswordHash) healthy.apply(args)));
        }
    }

    static class ContextBlindStrength extends FakePasswordStrengthContractTest {
        @Override
        protected PasswordStrength strength() {
            return Sabotage.of(PasswordStrength.class, super.strength(), "weakness",
                    (args, healthy) -> healthy.apply(new Object[] {args[0], List.of()}));
        }
    }

    static class EverlastingTokenCodec extends FakeTokenCodecContractTest {
        @Override
        protected TokenCodec codec() {
            return Sabotage.of(TokenCodec.class, super.codec(), "verify",
                    (args, healthy) -> healthy.apply(new Object[] {args[0], Instant.EPOCH}));
        }
    }

    static class RiffTrustingInspector extends FakeImageInspectorContractTest {
        @Override
        protected ImageInspector inspector() {
            return Sabotage.of(ImageInspector.class, super.inspector(), "sniff", (args, healthy) -> {
                byte[] head = (byte[]) args[0];
                boolean riff = head.length >= 4 && new String(head, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF");
                return riff ? Optional.of(ContentType.WEBP) : healthy.apply(args);
            });
        }
    }

    static class FrozenClock extends MutableClockContractTest {
        @Override
        protected Clock clock() {
            Instant frozen = super.clock().now();
            return Sabotage.of(Clock.class, super.clock(), "now", (args, healthy) -> frozen);
        }
    }

    static class UnorderedIds extends SequentialIdGeneratorContractTest {
        @Override
        protected IdGenerator ids() {
            return Sabotage.of(IdGenerator.class, super.ids(), "newPhotoId", (args, healthy) -> {
                byte[] random = new byte[PhotoId.RANDOM_BYTES];
                ThreadLocalRandom.current().nextBytes(random);
                return PhotoId.of(0, random);
            });
        }
    }

    static class ZeroRandomTokens extends SeededRandomTokensContractTest {
        @Override
        protected RandomTokens random() {
            return Sabotage.of(RandomTokens.class, super.random(), "bytes", (args, healthy) -> new byte[(Integer) args[0]]);
        }
    }
}
