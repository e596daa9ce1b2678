package com.photostore.adapters.local.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerLockTest {
    @TempDir
    Path directory;

    @Test
    void onlyOneOwnerHoldsTheLockUntilItReleasesIt() {
        Path file = directory.resolve("owner.lock");
        Optional<OwnerLock> first = OwnerLock.tryAcquire(file);
        assertThat(first).isPresent();
        assertThat(OwnerLock.tryAcquire(file)).isEmpty();

        first.get().close();

        Optional<OwnerLock> second = OwnerLock.tryAcquire(file);
        assertThat(second).isPresent();
        second.get().close();
    }
}
