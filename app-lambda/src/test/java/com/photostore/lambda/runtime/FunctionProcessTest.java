package com.photostore.lambda.runtime;

import static com.photostore.lambda.runtime.Functions.config;
import static com.photostore.lambda.runtime.Functions.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.lambda.runtime.InvocationResult.Outcome;
import com.photostore.lambda.runtime.fixtures.ContextHandler;
import com.photostore.lambda.runtime.fixtures.EchoHandler;
import com.photostore.lambda.runtime.fixtures.ThrowingHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Healthy functions in fresh JVMs: what reaches the handler, what comes back, and the runtime's cold start. */
class FunctionProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FunctionProcess echo;
    private static FunctionProcess context;
    private static FunctionProcess throwing;

    @BeforeAll
    static void start() {
        echo = FunctionProcess.start(config("echo", EchoHandler.class));
        context = FunctionProcess.start(config("context", ContextHandler.class).withMemory(256)
                .withEnvironment(Map.of("PHOTOSTORE_SETTING", "from the function configuration")));
        throwing = FunctionProcess.start(config("throwing", ThrowingHandler.class));
    }

    @AfterAll
    static void stop() {
        List.of(echo, context, throwing).forEach(FunctionProcess::close);
        Functions.assertNoJavaChildLeft();
    }

    @Test
    void theEventReachesTheHandlerAndItsResponseComesBack() {
        InvocationResult result = echo.invoke(utf8("{\"photo\":\"ü\"}"));

        assertThat(result.outcome()).as(echo.logs()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.payloadText()).isEqualTo("{\"photo\":\"ü\"}");
        assertThat(result.errorType()).isEmpty();
    }

    @Test
    void onlyTheFirstInvocationOfAnEnvironmentIsCold() {
        FunctionProcess fresh = FunctionProcess.start(config("fresh-echo", EchoHandler.class));
        try {
            InvocationResult first = fresh.invoke(utf8("1"));
            InvocationResult second = fresh.invoke(utf8("2"));

            assertThat(first.coldStart()).isTrue();
            assertThat(second.coldStart()).isFalse();
            assertThat(fresh.environmentsStarted()).isEqualTo(1);
            StartupTimings timings = fresh.startupTimings();
            assertThat(timings.untilInitDone()).isPresent();
            assertThat(timings.untilFirstAnswer().orElseThrow()).isGreaterThan(timings.untilInitDone().orElseThrow());
        } finally {
            fresh.close();
        }
    }

    @Test
    void theHandlerSeesItsInvocationInTheContext() throws IOException {
        InvocationResult result = context.invoke(utf8("{}"));

        JsonNode seen = JSON.readTree(result.payload());
        FunctionConfig config = context.config();
        assertThat(seen.path("awsRequestId").asText()).isEqualTo(result.requestId());
        assertThat(seen.path("invokedFunctionArn").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:context");
        assertThat(seen.path("functionName").asText()).isEqualTo("context");
        assertThat(seen.path("functionVersion").asText()).isEqualTo("$LATEST");
        assertThat(seen.path("memoryLimitInMB").asInt()).isEqualTo(256);
        assertThat(seen.path("logGroupName").asText()).isEqualTo("/aws/lambda/context");
        assertThat(seen.path("logStreamName").asText()).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
        assertThat(seen.path("remainingTimeInMillis").asLong())
                .isPositive().isLessThanOrEqualTo(config.timeout().toMillis());
        assertThat(seen.path("xrayTraceId").asText()).startsWith("Root=1-");
        assertThat(seen.path("traceHeaderProperty").asText()).isEqualTo(seen.path("xrayTraceId").asText());
        assertThat(seen.path("clientContextCustom").isNull()).isTrue();
        assertThat(seen.path("cognitoIdentityId").isNull()).isTrue();
    }

    @Test
    void aMobileInvocationCarriesItsClientContextAndIdentity() throws IOException {
        InvocationResult result = context.invoke(utf8("{}"),
                Optional.of("{\"client\":{},\"custom\":{\"device\":\"phone\"},\"env\":{}}"),
                Optional.of("{\"cognitoIdentityId\":\"us-east-1:abc\",\"cognitoIdentityPoolId\":\"pool\"}"));

        JsonNode seen = JSON.readTree(result.payload());
        assertThat(seen.path("clientContextCustom").path("device").asText()).isEqualTo("phone");
        assertThat(seen.path("cognitoIdentityId").asText()).isEqualTo("us-east-1:abc");
    }

    @Test
    void theEnvironmentIsLambdasAndTheFunctionsNotTheTestJvms() throws IOException {
        JsonNode seen = JSON.readTree(context.invoke(utf8("{}")).payload());

        JsonNode environment = seen.path("environment");
        assertThat(JsonFieldNames.of(environment)).isSubsetOf("PATH", "JAVA_HOME", "LD_LIBRARY_PATH", "LANG", "TZ", "_HANDLER",
                "AWS_EXECUTION_ENV", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_LAMBDA_FUNCTION_NAME",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
                "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID",
                "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
                "LAMBDA_RUNTIME_DIR", "PHOTOSTORE_SETTING");
        assertThat(environment.path("_HANDLER").asText())
                .isEqualTo("com.photostore.lambda.runtime.fixtures.ContextHandler::handleRequest");
        assertThat(environment.path("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText()).isEqualTo("256");
        assertThat(environment.path("AWS_LAMBDA_RUNTIME_API").asText()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(environment.path("TZ").asText()).isEqualTo(":UTC");
        assertThat(environment.path("PHOTOSTORE_SETTING").asText()).isEqualTo("from the function configuration");
        assertThat(environment.path("LAMBDA_TASK_ROOT").asText()).isEqualTo(seen.path("userDir").asText());
    }

    @Test
    void theCodeIsLoadedFromTheTaskRootByTheCustomerClassLoader() throws IOException {
        JsonNode seen = JSON.readTree(context.invoke(utf8("{}")).payload());

        String taskRoot = seen.path("environment").path("LAMBDA_TASK_ROOT").asText();
        assertThat(seen.path("handlerClassLoader").asText())
                .isEqualTo("com.amazonaws.services.lambda.runtime.api.client.CustomerClassLoader");
        assertThat(seen.path("contextClassLoader").asText()).isEqualTo(seen.path("handlerClassLoader").asText());
        assertThat(seen.path("handlerCodeSource").asText()).isEqualTo("file:" + taskRoot + "/");
        assertThat(seen.path("javaClassPath").asText())
                .contains("aws-lambda-java-runtime-interface-client-2.10.1.jar")
                .doesNotContain("test-classes").doesNotContain(taskRoot);
    }

    @Test
    void theJvmRunsWithTheManagedRuntimesFlags() throws IOException {
        JsonNode seen = JSON.readTree(context.invoke(utf8("{}")).payload());

        List<String> arguments = new ArrayList<>();
        seen.path("inputArguments").forEach(argument -> arguments.add(argument.asText()));
        assertThat(arguments).contains("-XX:MaxHeapSize=222823k", "-XX:MaxMetaspaceSize=26214k",
                "-XX:ReservedCodeCacheSize=13107k", "-XX:+UseSerialGC", "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1", "-XX:+ErrorFileToStderr");
        assertThat(arguments).anyMatch(argument -> argument.startsWith("-D" + RuntimeClasspath.JNI_PROPERTY + "="));
    }

    @Test
    void whatTheFunctionLogsIsCaptured() {
        InvocationResult result = context.invoke(utf8("{}"));

        assertThat(context.logs()).contains("context handler ran for " + result.requestId());
    }

    @Test
    void anExceptionBecomesAFunctionErrorWithTheRuntimesErrorType() throws IOException {
        InvocationResult result = throwing.invoke(utf8("{}"));

        assertThat(result.outcome()).isEqualTo(Outcome.FUNCTION_ERROR);
        assertThat(result.errorType()).contains("Runtime.UserException");
        JsonNode error = JSON.readTree(result.payload());
        assertThat(error.path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.path("errorMessage").asText()).isEqualTo("the handler failed on purpose");
        assertThat(throwing.invoke(utf8("{}")).coldStart()).as("the environment survives the error").isFalse();
    }

    @Test
    void anEventOverTheSynchronousQuotaNeverReachesTheFunction() {
        InvocationResult result = echo.invoke(new byte[FunctionProcess.MAX_EVENT_BYTES + 1]);

        assertThat(result.outcome()).isEqualTo(Outcome.REQUEST_TOO_LARGE);
        assertThat(result.payloadText()).contains("Request must be smaller than 6291456 bytes");
    }

    @Test
    void variablesReservedByLambdaCannotBeConfigured() {
        assertThatThrownBy(() -> config("reserved", EchoHandler.class)
                .withEnvironment(Map.of("AWS_REGION", "eu-west-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AWS_REGION");
    }
}
