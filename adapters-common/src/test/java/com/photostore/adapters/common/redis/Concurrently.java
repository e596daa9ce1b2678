package com.photostore.adapters.common.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one action on many threads released at the same instant and collects the results. */
final class Concurrently {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Concurrently() {
    }

    static <T> List<T> run(int threads, Callable<T> action) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return action.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the threads", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a thread failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
