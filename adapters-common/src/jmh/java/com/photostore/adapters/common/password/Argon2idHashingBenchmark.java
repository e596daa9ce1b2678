package com.photostore.adapters.common.password;

import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** How many Argon2id password hashes one thread makes per second at the minimum cost (m=19456 KiB, t=2, p=1). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class Argon2idHashingBenchmark {
    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();
    private final Password password = Password.parse("correct horse battery staple");
    private final PasswordHash stored = hasher.hash(password);

    @Benchmark
    public PasswordHash hash() {
        return hasher.hash(password);
    }

    @Benchmark
    public boolean verify() {
        return hasher.verify(password, stored);
    }
}
