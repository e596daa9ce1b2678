package com.photostore.lambda.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one Lambda function is deployed: name, handler string, deployment package (.zip or .jar), memory, timeout, its own
 * environment variables, the JVM flags (by default those of the managed Java runtime for that memory size), region,
 * account, the credentials of its execution role, and libraries added to the package's {@code lib} folder (none but
 * in tests that observe the function from inside).
 */
public record FunctionConfig(String functionName, String handler, Path deploymentPackage, int memoryMb,
                             Duration timeout, Map<String, String> environment, List<String> jvmFlags, String region,
                             String accountId, RoleCredentials credentials, List<Path> libraries) {
    /** Lambda's default memory size. */
    public static final int DEFAULT_MEMORY_MB = 128;
    /** Lambda's default function timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    public FunctionConfig {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(deploymentPackage, "deploymentPackage");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(credentials, "credentials");
        if (memoryMb < 128 || memoryMb > 10_240) {
            throw new IllegalArgumentException("Lambda memory is 128 to 10240 MB: " + memoryMb);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        LambdaEnvironmentVariables.rejectReserved(environment.keySet());
        environment = Map.copyOf(environment);
        jvmFlags = List.copyOf(jvmFlags);
        libraries = List.copyOf(libraries);
    }

    /** A function with Lambda's defaults: 128 MB, 3 s, no variables, the managed runtime's flags, us-east-1. */
    public static FunctionConfig of(String functionName, String handler, Path deploymentPackage) {
        return new FunctionConfig(functionName, handler, deploymentPackage, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Map.of(),
                JavaRuntimeFlags.forMemory(DEFAULT_MEMORY_MB), "us-east-1", "123456789012", RoleCredentials.TEST,
                List.of());
    }

    /** The same function with another memory size, and the managed runtime's flags for it. */
    public FunctionConfig withMemory(int megabytes) {
        return new FunctionConfig(functionName, handler, deploymentPackage, megabytes, timeout, environment,
                JavaRuntimeFlags.forMemory(megabytes), region, accountId, credentials, libraries);
    }

    /** The same function deployed from another package. */
    public FunctionConfig withDeploymentPackage(Path deployment) {
        return new FunctionConfig(functionName, handler, deployment, memoryMb, timeout, environment, jvmFlags, region,
                accountId, credentials, libraries);
    }

    /** The same function with another timeout. */
    public FunctionConfig withTimeout(Duration functionTimeout) {
        return new FunctionConfig(functionName, handler, deploymentPackage, memoryMb, functionTimeout, environment,
                jvmFlags, region, accountId, credentials, libraries);
    }

    /** The same function with these environment variables of its own (none of them reserved by Lambda). */
    public FunctionConfig withEnvironment(Map<String, String> variables) {
        return new FunctionConfig(functionName, handler, deploymentPackage, memoryMb, timeout, variables, jvmFlags,
                region, accountId, credentials, libraries);
    }

    /** The same function with other JVM flags in place of the managed runtime's. */
    public FunctionConfig withJvmFlags(List<String> flags) {
        return new FunctionConfig(functionName, handler, deploymentPackage, memoryMb, timeout, environment, flags,
                region, accountId, credentials, libraries);
    }

    /** The same function with another handler string (another handler class of the same package). */
    public FunctionConfig withHandler(String otherHandler) {
        return new FunctionConfig(functionName, otherHandler, deploymentPackage, memoryMb, timeout, environment,
                jvmFlags, region, accountId, credentials, libraries);
    }

    /** The same function in another region. */
    public FunctionConfig withRegion(String otherRegion) {
        return new FunctionConfig(functionName, handler, deploymentPackage, memoryMb, timeout, environment, jvmFlags,
                otherRegion, accountId, credentials, libraries);
    }

    /** The same function with other credentials of its execution role. */
    public FunctionConfig withCredentials(RoleCredentials roleCredentials) {
        return new FunctionConfig(functionName, handler, deploymentPackage, memoryMb, timeout, environment, jvmFlags,
                region, accountId, roleCredentials, libraries);
    }

    /** The same function packaged with one more library jar in its {@code lib} folder, and these JVM flags added. */
    public FunctionConfig withLibrary(Path library, List<String> extraJvmFlags) {
        List<Path> more = new ArrayList<>(libraries);
        more.add(library);
        List<String> flags = new ArrayList<>(jvmFlags);
        flags.addAll(extraJvmFlags);
        return new FunctionConfig(functionName, handler, deploymentPackage, memoryMb, timeout, environment, flags,
                region, accountId, credentials, more);
    }

    /** The ARN of the function's unqualified name, which invocations name. */
    public String functionArn() {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
    }
}
