package com.photostore.lambda.runtime;

import static com.photostore.lambda.runtime.Functions.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.testing.AwsSampleEvents;
import com.photostore.adapters.aws.testing.ElasticMqServer;
import com.photostore.lambda.runtime.fixtures.BatchReplyHandler;
import com.photostore.lambda.runtime.fixtures.EchoHandler;
import com.photostore.lambda.runtime.fixtures.PartialBatchHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The SQS event source mapping against ElasticMQ, invoking real functions in fresh JVMs. */
class SqsEventSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration VISIBILITY = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final SqsEventSourceSettings FAST = SqsEventSourceSettings.defaults().withPollWait(Duration.ofSeconds(1));

    private static ElasticMqServer server;
    private static SqsClient sqs;
    private static FunctionProcess echo;
    private static FunctionProcess partial;
    private static FunctionProcess replies;

    @BeforeAll
    static void start() {
        server = ElasticMqServer.shared();
        sqs = AwsClients.build(SqsClient.builder(), server.clientSettings()
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10)));
        echo = FunctionProcess.start(config("sqs-echo", EchoHandler.class));
        partial = FunctionProcess.start(config("sqs-partial", PartialBatchHandler.class).withMemory(256));
        replies = FunctionProcess.start(config("sqs-replies", BatchReplyHandler.class));
    }

    @AfterAll
    static void stop() {
        List.of(echo, partial, replies).forEach(FunctionProcess::close);
        sqs.close();
        Functions.assertNoJavaChildLeft();
    }

    @Test
    void theEventHasTheShapeOfAwsSampleAndASuccessDeletesTheBatch() throws Exception {
        String queue = server.createQueue(Duration.ofSeconds(30));
        sqs.sendMessage(request -> request.queueUrl(queue).messageBody("{\"id\": 43242}")
                .messageAttributes(Map.of("kind", MessageAttributeValue.builder().dataType("String")
                        .stringValue("upload").build())));

        try (SqsEventSource source = SqsEventSource.start(sqs, queue, echo, FAST)) {
            await().atMost(WAIT).until(() -> !source.reports().isEmpty());
            BatchReport report = source.reports().get(0);

            JsonNode record = JSON.readTree(report.result().payload()).path("Records").path(0);
            JsonNode sample = JSON.readTree(AwsSampleEvents.read("sqs_event.json")).path("Records").path(0);
            assertThat(JsonFieldNames.of(record)).isEqualTo(with(JsonFieldNames.of(sample), "md5OfMessageAttributes"));
            assertThat(JsonFieldNames.of(record.path("attributes"))).containsAll(JsonFieldNames.of(sample.path("attributes")));
            assertThat(record.path("messageId").asText()).isEqualTo(report.messageIds().get(0));
            assertThat(record.path("body").asText()).isEqualTo("{\"id\": 43242}");
            assertThat(record.path("md5OfBody").asText()).isEqualTo(md5("{\"id\": 43242}"));
            assertThat(record.path("attributes").path("ApproximateReceiveCount").asText()).isEqualTo("1");
            assertThat(record.path("messageAttributes").path("kind"))
                    .isEqualTo(JSON.readTree("{\"stringValue\":\"upload\",\"stringListValues\":[],"
                            + "\"binaryListValues\":[],\"dataType\":\"String\"}"));
            assertThat(record.path("eventSource").asText()).isEqualTo("aws:sqs");
            assertThat(record.path("eventSourceARN").asText()).isEqualTo(queueArn(queue));
            assertThat(record.path("awsRegion").asText()).isEqualTo(queueArn(queue).split(":")[3]);
            assertThat(report.verdict().succeeded()).containsExactlyElementsOf(report.messageIds());
        }
        assertThat(approximateCount(queue)).isZero();
    }

    @Test
    void onlyTheSuccessfulMessagesAreDeletedAndTheFailedOnesAreDeadLetteredAfterTheirReceives() {
        ElasticMqServer.QueueWithDeadLetters queues = server.createQueueWithDeadLetterQueue(VISIBILITY, 2);
        List.of("ok-1", "fail-2", "ok-3", "fail-4").forEach(body ->
                sqs.sendMessage(request -> request.queueUrl(queues.queueUrl()).messageBody(body)));

        try (SqsEventSource source = SqsEventSource.start(sqs, queues.queueUrl(), partial, FAST)) {
            await().atMost(WAIT).until(() -> approximateCount(queues.deadLetterQueueUrl()) == 2);

            assertThat(approximateCount(queues.queueUrl())).isZero();
            assertThat(source.reports()).allSatisfy(report -> assertThat(report.verdict().batchFailure()).isEmpty());
            assertThat(partial.logs())
                    .contains("received 2 times: fail-2", "received 2 times: fail-4")
                    .doesNotContain("received 2 times: ok-");
        }
        assertThat(bodies(queues.deadLetterQueueUrl())).containsExactlyInAnyOrder("fail-2", "fail-4");
    }

    @Test
    void aHandlerTypedOnSqsEventNeedsJodaTimeInItsPackage() {
        String queue = server.createQueue(Duration.ofSeconds(30));
        send(queue, "ok");

        try (FunctionProcess withoutJoda = FunctionProcess.start(config("sqs-without-joda", PartialBatchHandler.class)
                .withDeploymentPackage(DeploymentPackages.fixturesWithout("joda-time")));
             SqsEventSource source = SqsEventSource.start(sqs, queue, withoutJoda, FAST)) {
            await().atMost(WAIT).until(() -> !source.reports().isEmpty());

            InvocationResult result = source.reports().get(0).result();
            assertThat(result.outcome()).isEqualTo(InvocationResult.Outcome.FUNCTION_ERROR);
            assertThat(result.errorType()).contains("Runtime.BadFunctionCode");
            assertThat(result.payloadText()).contains("java.lang.ClassNotFoundException: org.joda.time.DateTime");
            assertThat(source.reports().get(0).verdict().batchFailure()).isPresent();
        }
    }

    @Test
    void aResponseLambdaCannotTrustFailsTheWholeBatchAndAnEmptyOneSucceeds() {
        ElasticMqServer.QueueWithDeadLetters queues = server.createQueueWithDeadLetterQueue(VISIBILITY, 1);
        List<String> failing = List.of("invalid-json", "unknown-id", "null-id", "empty-id", "bad-key", "throw");
        List<String> succeeding = List.of("null-list", "empty-list", "nothing");
        IntStream.range(0, Math.max(failing.size(), succeeding.size())).forEach(i -> {
            if (i < failing.size()) {
                send(queues.queueUrl(), "respond:" + failing.get(i));
            }
            if (i < succeeding.size()) {
                send(queues.queueUrl(), "respond:" + succeeding.get(i));
            }
        });

        try (SqsEventSource source = SqsEventSource.start(sqs, queues.queueUrl(), replies, FAST.withBatchSize(1))) {
            await().atMost(WAIT).until(() -> approximateCount(queues.deadLetterQueueUrl()) == failing.size());

            assertThat(approximateCount(queues.queueUrl())).isZero();
            assertThat(source.reports().stream().filter(report -> report.verdict().batchFailure().isPresent()))
                    .hasSize(failing.size());
        }
        assertThat(bodies(queues.deadLetterQueueUrl()))
                .containsExactlyInAnyOrderElementsOf(failing.stream().map(name -> "respond:" + name).toList());
    }

    @Test
    void batchesGrowToTheBatchSizeWithinTheBatchingWindow() {
        String queue = server.createQueue(Duration.ofSeconds(30));
        IntStream.range(0, 25).forEach(i -> send(queue, "message " + i));

        SqsEventSourceSettings settings = FAST.withBatchingWindow(Duration.ofSeconds(2)).withBatchSize(20);
        try (SqsEventSource source = SqsEventSource.start(sqs, queue, echo, settings)) {
            await().atMost(WAIT).until(() -> source.reports().stream()
                    .mapToInt(report -> report.messageIds().size()).sum() == 25);

            assertThat(source.reports()).extracting(report -> report.messageIds().size()).containsExactly(20, 5);
        }
        assertThat(approximateCount(queue)).isZero();
    }

    private static void send(String queue, String body) {
        sqs.sendMessage(request -> request.queueUrl(queue).messageBody(body));
    }

    private static int approximateCount(String queue) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queue)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private static List<String> bodies(String queue) {
        return sqs.receiveMessage(request -> request.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages().stream().map(Message::body).toList();
    }

    private static String queueArn(String queue) {
        return sqs.getQueueAttributes(request -> request.queueUrl(queue).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> with(Set<String> names, String added) {
        Set<String> all = new TreeSet<>(names);
        all.add(added);
        return all;
    }
}
