package com.photostore.lambda.runtime;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The environment of a function's process: the variables Lambda defines for the Java runtime, then the function's own;
 * of the test JVM's environment only {@code PATH} and {@code JAVA_HOME} pass through.
 */
final class LambdaEnvironmentVariables {
    private static final Set<String> RESERVED = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION",
            "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
            "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
            "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");
    private static final List<String> INHERITED = List.of("PATH", "JAVA_HOME");

    private LambdaEnvironmentVariables() {
    }

    static void rejectReserved(Collection<String> names) {
        for (String name : names) {
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("reserved by Lambda: " + name);
            }
        }
    }

    static Map<String, String> of(FunctionConfig config, String runtimeApi, Path taskRoot, Path runtimeDir) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String name : INHERITED) {
            String value = System.getenv(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        String javaLib = Path.of(System.getProperty("java.home"), "lib").toString();
        variables.put("LD_LIBRARY_PATH", String.join(":", javaLib, "/lib64", "/usr/lib64", runtimeDir.toString(),
                runtimeDir.resolve("lib").toString(), taskRoot.toString(), taskRoot.resolve("lib").toString(),
                "/opt/lib"));
        variables.put("LANG", "en_US.UTF-8");
        variables.put("TZ", ":UTC");
        variables.put("_HANDLER", config.handler());
        variables.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
        variables.put("AWS_REGION", config.region());
        variables.put("AWS_DEFAULT_REGION", config.region());
        variables.put("AWS_LAMBDA_FUNCTION_NAME", config.functionName());
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(config.memoryMb()));
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        variables.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + config.functionName());
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName());
        variables.put("AWS_ACCESS_KEY", config.credentials().accessKeyId());
        variables.put("AWS_ACCESS_KEY_ID", config.credentials().accessKeyId());
        variables.put("AWS_SECRET_ACCESS_KEY", config.credentials().secretAccessKey());
        variables.put("AWS_SESSION_TOKEN", config.credentials().sessionToken());
        variables.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        variables.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        variables.put("LAMBDA_RUNTIME_DIR", runtimeDir.toString());
        variables.putAll(config.environment());
        return variables;
    }

    private static String logStreamName() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/[$LATEST]"
                + HexFormat.of().formatHex(id);
    }
}
