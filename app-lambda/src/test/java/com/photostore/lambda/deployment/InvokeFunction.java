package com.photostore.lambda.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.lambda.LambdaFunction;
import com.photostore.lambda.runtime.FunctionProcess;
import com.photostore.lambda.runtime.InvocationResult;
import com.photostore.lambda.runtime.StartupTimings;
import com.photostore.wiring.testing.AwsProtocolStack;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The local invocation harness: runs one function from its deployment jar in a fresh JVM, through the runtime
 * interface client, over the AWS-protocol servers, with the event of a file, and prints the cold start (JVM start
 * to init done, and to the first response), the outcome and the response; {@code --logs} prints what the function
 * logged too. Run by {@code app-lambda/invoke.sh}.
 */
public final class InvokeFunction {
    private static final PrintStream OUT = System.out;

    private InvokeFunction() {
    }

    /** {@code InvokeFunction <function> <event file> [--logs]}, the function named as in its jar (Photos). */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            usage();
            return;
        }
        LambdaFunction function = function(args[0]);
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        boolean logs = Arrays.asList(args).contains("--logs");
        try (AwsProtocolStack stack = AwsProtocolStack.start(SharedDeployment.ORIGIN);
             FunctionProcess process = FunctionProcess.start(DeployedFunctions.config(function, stack))) {
            InvocationResult result = process.invoke(event);
            StartupTimings timings = process.startupTimings();
            OUT.println(function.functionName() + " (" + function.handler() + ", " + function.memoryMb() + " MB)");
            OUT.println("init:             " + timings.untilInitDone().map(d -> d.toMillis() + " ms").orElse("-"));
            OUT.println("first invocation: " + timings.untilFirstAnswer().map(d -> d.toMillis() + " ms").orElse("-")
                    + " after JVM start");
            OUT.println("outcome:          " + result.outcome() + result.errorType().map(e -> " " + e).orElse(""));
            OUT.println(pretty(result.payloadText()));
            if (logs || result.failed()) {
                OUT.println("--- function log");
                OUT.println(process.logs());
            }
        }
        System.exit(0);
    }

    private static LambdaFunction function(String name) {
        for (LambdaFunction function : LambdaFunction.values()) {
            if (function.functionName().equalsIgnoreCase(name) || function.name().equalsIgnoreCase(name)) {
                return function;
            }
        }
        throw new IllegalArgumentException("no function " + name + "; one of "
                + Arrays.stream(LambdaFunction.values()).map(LambdaFunction::functionName).toList());
    }

    private static String pretty(String json) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        } catch (IOException e) {
            return json;
        }
    }

    private static void usage() {
        OUT.println("usage: app-lambda/invoke.sh <" + String.join("|", Arrays.stream(LambdaFunction.values())
                .map(LambdaFunction::functionName).toList()) + "> <event.json> [--logs]");
    }
}
