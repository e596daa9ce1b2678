package com.photostore.adapters.common.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;
import com.photostore.port.out.PasswordHasher;
import com.photostore.port.out.contract.Concurrently;
import com.photostore.port.out.contract.PasswordHasherContractTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The bound over the real Argon2id hasher: it is still a hasher, and beyond its slots callers are refused fast. */
class BoundedPasswordHasherTest {
    private static final Password PASSWORD = Password.parse("correct horse battery staple");

    @Nested
    class Contract extends PasswordHasherContractTest {
        @Override
        protected PasswordHasher hasher() {
            return new BoundedPasswordHasher(new Argon2idPasswordHasher(), 2);
        }
    }

    @Test
    void beyondItsSlotsACallIsRefusedFastWithRetryAfterAndTheOthersComplete() {
        PasswordHasher argon2 = new Argon2idPasswordHasher();
        PasswordHash hash = argon2.hash(PASSWORD);
        BoundedPasswordHasher bounded = new BoundedPasswordHasher(argon2, 1);

        List<String> outcomes = Concurrently.run(12, i -> {
            long start = System.nanoTime();
            try {
                return bounded.verify(PASSWORD, hash) ? "verified" : "wrong";
            } catch (UnavailableException e) {
                assertThat(e.retryAfter()).isEqualTo(BoundedPasswordHasher.RETRY_AFTER);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                return "refused";
            }
        });

        assertThat(outcomes).contains("verified", "refused").doesNotContain("wrong");
        assertThat(bounded.verify(PASSWORD, hash)).as("a slot is free again").isTrue();
    }
}
