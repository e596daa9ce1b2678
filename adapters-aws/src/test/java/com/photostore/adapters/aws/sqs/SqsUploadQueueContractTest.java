package com.photostore.adapters.aws.sqs;

import com.photostore.adapters.aws.testing.ElasticMqServer;
import com.photostore.port.out.UploadQueue;
import com.photostore.port.out.contract.UploadQueueContractTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The upload-queue contract against SQS, served by embedded ElasticMQ, one fresh queue per test. */
class SqsUploadQueueContractTest extends UploadQueueContractTest {
    private static final Duration VISIBILITY = Duration.ofSeconds(1);

    private final List<SqsUploadQueue> opened = new ArrayList<>();

    @Override
    protected UploadQueue newQueue() {
        ElasticMqServer server = ElasticMqServer.shared();
        SqsUploadQueue queue = SqsUploadQueue.create(server.clientSettings(), server.createQueue(VISIBILITY));
        opened.add(queue);
        return queue;
    }

    @Override
    protected Duration visibilityTimeout() {
        return VISIBILITY;
    }

    @AfterEach
    void closeQueues() {
        opened.forEach(SqsUploadQueue::close);
    }
}
