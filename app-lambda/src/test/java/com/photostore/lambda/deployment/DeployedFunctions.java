package com.photostore.lambda.deployment;

import com.photostore.adapters.common.http.ApiOperation;
import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.lambda.LambdaFunction;
import com.photostore.lambda.facts.EventSourceCalls;
import com.photostore.lambda.facts.FunctionFacts;
import com.photostore.lambda.runtime.ApiGatewayFront;
import com.photostore.lambda.runtime.ApiSettings;
import com.photostore.lambda.runtime.FunctionConfig;
import com.photostore.lambda.runtime.FunctionProcess;
import com.photostore.lambda.runtime.RoleCredentials;
import com.photostore.lambda.runtime.SqsEventSource;
import com.photostore.lambda.runtime.SqsEventSourceSettings;
import com.photostore.wiring.AwsDeployment;
import com.photostore.wiring.AwsService;
import com.photostore.wiring.Environment;
import com.photostore.wiring.testing.AwsProtocolStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The six functions deployed over an {@link AwsProtocolStack} as the template deploys them: each from its own
 * deployment jar in a fresh JVM through the runtime interface client, with its memory and timeout, the stack's
 * variables and its execution role's credentials; API Gateway in front of the five HTTP functions (a route per
 * operation to its owner, {@code $default} to Photos) and the SQS event source feeding TransferPhotos. Every AWS
 * call each function makes is recorded ({@link FunctionFacts}).
 */
public final class DeployedFunctions implements AutoCloseable {
    /** The variables Lambda reserves, which the stack names but a function receives from the runtime instead. */
    private static final Set<String> SET_BY_LAMBDA = Set.of(AwsDeployment.REGION, AwsDeployment.ACCESS_KEY_ID,
            AwsDeployment.SECRET_ACCESS_KEY, AwsDeployment.SESSION_TOKEN);

    private final Map<LambdaFunction, FunctionProcess> processes = new EnumMap<>(LambdaFunction.class);
    private final ApiGatewayFront front;
    private final SqsClient sqs;
    private final SqsEventSource events;

    private DeployedFunctions(AwsProtocolStack stack) {
        try {
            FunctionFacts.startRecording();
            for (LambdaFunction function : LambdaFunction.values()) {
                processes.put(function, FunctionProcess.start(FunctionFacts.observed(function, config(function, stack))));
            }
            front = ApiGatewayFront.start(routes(), ApiSettings.defaults(),
                    (process, answer) -> FunctionFacts.recordSignedRequests(functionOf(process), answer));
            Environment environment = new Environment(stack.environment());
            AwsClientSettings queue = new AwsDeployment(environment).clientSettings(AwsService.SQS);
            sqs = AwsClients.build(SqsClient.builder(), queue.withTimeouts(queue.connectTimeout(),
                    Duration.ofSeconds(30), Duration.ofSeconds(40)),
                    List.of(new EventSourceCalls(LambdaFunction.TRANSFER_PHOTOS)));
            events = SqsEventSource.start(sqs, stack.queues().queueUrl(), processes.get(LambdaFunction.TRANSFER_PHOTOS),
                    SqsEventSourceSettings.defaults());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Deploys the functions over the stack and starts their API and event source. */
    public static DeployedFunctions over(AwsProtocolStack stack) {
        return new DeployedFunctions(stack);
    }

    /** How one function is deployed over the stack. */
    public static FunctionConfig config(LambdaFunction function, AwsProtocolStack stack) {
        Map<String, String> variables = new LinkedHashMap<>(stack.environment());
        SET_BY_LAMBDA.forEach(variables::remove);
        return FunctionConfig.of(function.functionName(), function.handler(), deploymentJar(function))
                .withMemory(function.memoryMb())
                .withTimeout(function.timeout())
                .withRegion(AwsProtocolStack.REGION)
                .withCredentials(new RoleCredentials(stack.environment().get(AwsDeployment.ACCESS_KEY_ID),
                        stack.environment().get(AwsDeployment.SECRET_ACCESS_KEY), "role-session"))
                .withEnvironment(variables);
    }

    /** The deployment jar of a function, as the build writes it. */
    public static Path deploymentJar(LambdaFunction function) {
        Path jar = Path.of("target", "functions", function.functionName() + ".jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the package phase writes it");
        }
        return jar;
    }

    /** The invoke URL of the API. */
    public URI api() {
        return front.uri();
    }

    /** A function's process. */
    public FunctionProcess process(LambdaFunction function) {
        return processes.get(function);
    }

    /** The event source feeding TransferPhotos. */
    public SqsEventSource uploadEvents() {
        return events;
    }

    @Override
    public void close() {
        if (events != null) {
            events.close();
        }
        if (sqs != null) {
            sqs.close();
        }
        if (front != null) {
            front.close();
        }
        processes.forEach((function, process) -> {
            keepLogs(function, process);
            process.close();
        });
    }

    /** Writes what the function logged to {@code target/function-logs/<name>.log}, for reading after a failed run. */
    private static void keepLogs(LambdaFunction function, FunctionProcess process) {
        try {
            Path logs = Files.createDirectories(Path.of("target", "function-logs"));
            Files.writeString(logs.resolve(function.functionName() + ".log"), process.logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LambdaFunction functionOf(FunctionProcess process) {
        return processes.entrySet().stream().filter(entry -> entry.getValue() == process).findFirst()
                .orElseThrow().getKey();
    }

    private Map<String, FunctionProcess> routes() {
        Map<String, FunctionProcess> routes = new LinkedHashMap<>();
        for (LambdaFunction function : LambdaFunction.values()) {
            for (ApiOperation operation : function.operations()) {
                routes.put(operation.method() + " " + operation.template(), processes.get(function));
            }
            if (function.takesDefaultRoute()) {
                routes.put("$default", processes.get(function));
            }
        }
        return routes;
    }
}
