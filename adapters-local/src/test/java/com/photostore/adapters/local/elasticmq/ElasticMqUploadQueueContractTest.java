package com.photostore.adapters.local.elasticmq;

import com.photostore.port.out.UploadQueue;
import com.photostore.port.out.contract.UploadQueueContractTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The upload-queue contract against ElasticMQ's engine in this JVM, one fresh engine per queue. */
class ElasticMqUploadQueueContractTest extends UploadQueueContractTest {
    private static final Duration VISIBILITY = Duration.ofSeconds(1);

    private final List<InProcessElasticMq> started = new ArrayList<>();

    @Override
    protected UploadQueue newQueue() {
        InProcessElasticMq engine = InProcessElasticMq.start(ElasticMqSettings.defaults().withVisibilityTimeout(VISIBILITY));
        started.add(engine);
        return engine.queue();
    }

    @Override
    protected Duration visibilityTimeout() {
        return VISIBILITY;
    }

    @AfterEach
    void stopEngines() {
        started.forEach(InProcessElasticMq::close);
    }
}
