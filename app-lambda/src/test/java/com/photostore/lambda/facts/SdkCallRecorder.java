package com.photostore.lambda.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * An AWS SDK interceptor that tests package into a function's {@code lib} folder, so that it runs inside the function:
 * before each API call it appends {@code <service> <operation> <resource>} to the file named by the system property
 * {@value #LOG_PROPERTY}, the resource being the function's environment variable whose value names what was called
 * ({@code PHOTOSTORE_TABLE}, {@code PHOTOSTORE_TABLE/index/<name>} for a query of an index, a settings path under
 * {@code PHOTOSTORE_SSM_PREFIX}), or {@code *} for a call that names none. It depends on the SDK and the JDK only.
 */
public final class SdkCallRecorder implements ExecutionInterceptor {
    /** The system property naming the file the calls are appended to. */
    public static final String LOG_PROPERTY = "photostore.sdkCallLog";
    private static final Set<String> RESOURCE_FIELDS = Set.of("TableName", "Bucket", "SecretId", "Path", "Name",
            "Names", "QueueUrl", "TopicArn", "RequestItems");
    private static final String SSM_PREFIX = "PHOTOSTORE_SSM_PREFIX";

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String call = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + " "
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        SdkRequest request = context.request();
        String index = request.getValueForField("IndexName", String.class).map(name -> "/index/" + name).orElse("");
        List<String> resources = resourcesOf(request);
        StringBuilder lines = new StringBuilder();
        if (resources.isEmpty()) {
            lines.append(call).append(" *\n");
        }
        for (String resource : resources) {
            for (String variable : variablesNaming(resource)) {
                lines.append(call).append(' ').append(variable).append(index).append('\n');
            }
        }
        append(lines.toString());
    }

    private static List<String> resourcesOf(SdkRequest request) {
        List<String> resources = new ArrayList<>();
        for (SdkField<?> field : request.sdkFields()) {
            if (!RESOURCE_FIELDS.contains(field.memberName())) {
                continue;
            }
            Object value = field.getValueOrDefault(request);
            if (value instanceof String text) {
                resources.add(text);
            } else if (value instanceof List<?> list) {
                list.forEach(element -> resources.add(String.valueOf(element)));
            } else if (value instanceof Map<?, ?> map) {
                map.keySet().forEach(key -> resources.add(String.valueOf(key)));
            }
        }
        return resources;
    }

    private static List<String> variablesNaming(String resource) {
        Map<String, String> variables = new TreeMap<>(System.getenv());
        List<String> naming = new ArrayList<>();
        variables.forEach((name, value) -> {
            if (!name.startsWith("AWS_") && value.equals(resource)) {
                naming.add(name);
            }
        });
        String prefix = variables.get(SSM_PREFIX);
        if (naming.isEmpty() && prefix != null && resource.startsWith(prefix)) {
            naming.add(SSM_PREFIX);
        }
        if (naming.isEmpty()) {
            naming.add("unnamed:" + resource);
        }
        return naming;
    }

    private static synchronized void append(String lines) {
        String file = System.getProperty(LOG_PROPERTY);
        if (file == null || lines.isEmpty()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record an SDK call in " + file, e);
        }
    }
}
