package com.photostore.lambda.deployment;

import com.photostore.lambda.facts.FunctionFacts;
import com.photostore.wiring.testing.AwsProtocolStack;

/**
 * One deployment of the six functions over one AWS-protocol stack, shared by the test classes of a test JVM (six
 * cold starts cost half a minute on two cores) and stopped when the JVM exits, which writes the facts the functions'
 * runs recorded ({@link FunctionFacts}).
 */
final class SharedDeployment {
    /** The website origin the stack and the API allow. */
    static final String ORIGIN = "https://app.photostore.test";

    private static AwsProtocolStack stack;
    private static DeployedFunctions functions;

    private SharedDeployment() {
    }

    /** The stack, started with the deployment on first use. */
    static synchronized AwsProtocolStack stack() {
        start();
        return stack;
    }

    /** The functions, deployed on first use. */
    static synchronized DeployedFunctions functions() {
        start();
        return functions;
    }

    private static void start() {
        if (functions != null) {
            return;
        }
        AwsProtocolStack started = AwsProtocolStack.start(ORIGIN);
        started.setting("login.address.maxFailures", "100000");
        started.setting("signup.address.maxAttempts", "100000");
        DeployedFunctions deployed = DeployedFunctions.over(started);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            deployed.close();
            started.close();
            FunctionFacts.writeAll();
        }, "deployment-stop"));
        stack = started;
        functions = deployed;
    }
}
