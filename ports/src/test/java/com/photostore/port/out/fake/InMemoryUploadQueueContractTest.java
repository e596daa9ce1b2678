package com.photostore.port.out.fake;

import com.photostore.port.out.UploadQueue;
import com.photostore.port.out.contract.UploadQueueContractTest;
import java.time.Duration;
import java.time.Instant;

/** The upload queue contract, run against the in-memory fake on real time. */
public class InMemoryUploadQueueContractTest extends UploadQueueContractTest {
    private static final Duration VISIBILITY = Duration.ofSeconds(1);

    @Override
    protected UploadQueue newQueue() {
        return new InMemoryUploadQueue(Instant::now, VISIBILITY);
    }

    @Override
    protected Duration visibilityTimeout() {
        return VISIBILITY;
    }
}
