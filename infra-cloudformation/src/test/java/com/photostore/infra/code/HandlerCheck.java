package com.photostore.infra.code;

import com.photostore.infra.Finding;
import com.photostore.infra.template.Intrinsics;
import com.photostore.infra.template.Resource;
import com.photostore.lambda.LambdaFunction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each function resource against its function of the code: its {@code Handler} is the function's handler string and
 * names a class and method of the function's deployment jar; its {@code Code} is that jar's path relative to the
 * template ({@code ../app-lambda/target/functions/<Name>.jar}); its {@code MemorySize} and {@code Timeout} are the
 * function's.
 */
public final class HandlerCheck {

    private HandlerCheck() {
    }

    /** The findings of a template's functions, their jars read from a directory. */
    public static List<Finding> check(FunctionResources functions, Path jars) {
        List<Finding> findings = new ArrayList<>(functions.findings());
        for (Map.Entry<LambdaFunction, Resource> entry : functions.resources().entrySet()) {
            check(entry.getKey(), entry.getValue(), jars, findings);
        }
        return findings;
    }

    private static void check(LambdaFunction function, Resource resource, Path jars, List<Finding> findings) {
        String path = resource.path() + "/Properties/";
        Optional<Object> handler = resource.property("Handler");
        if (differs(findings, path + "Handler", handler, function.handler())) {
            handler.filter(String.class::isInstance).map(String.class::cast).ifPresent(other ->
                    findings.add(new Finding(path + "Handler", other + " is not the handler string of "
                            + function.functionName() + ", " + function.handler())));
        }
        if (handler.orElse(null) instanceof String text) {
            String jar = function.functionName() + ".jar";
            new DeploymentJar(jars.resolve(jar)).problemWith(text)
                    .ifPresent(problem -> findings.add(new Finding(path + "Handler", problem)));
        }
        String code = "../app-lambda/target/functions/" + function.functionName() + ".jar";
        if (differs(findings, path + "Code", resource.property("Code"), code)) {
            findings.add(new Finding(path + "Code", "is " + Intrinsics.render(resource.property("Code").orElse(null))
                    + ", not the function's jar " + code));
        }
        if (differs(findings, path + "MemorySize", resource.property("MemorySize"), function.memoryMb())) {
            findings.add(new Finding(path + "MemorySize", "is " + resource.property("MemorySize").orElse(null)
                    + " MB, not the " + function.memoryMb() + " MB of " + function.functionName()));
        }
        long timeout = function.timeout().toSeconds();
        if (differs(findings, path + "Timeout", resource.property("Timeout"), timeout)) {
            findings.add(new Finding(path + "Timeout", "is " + resource.property("Timeout").orElse(null)
                    + " s, not the " + timeout + " s of " + function.functionName()));
        }
    }

    /** Whether a literal property differs from the code's value; a missing or intrinsic one is reported here. */
    private static boolean differs(List<Finding> findings, String path, Optional<Object> value, Object expected) {
        if (value.isEmpty()) {
            findings.add(new Finding(path, "is not set; the code's value is " + expected));
            return false;
        }
        if (Intrinsics.isIntrinsic(value.get())) {
            findings.add(new Finding(path, "is " + Intrinsics.render(value.get()) + ", not a literal to compare with "
                    + "the code's " + expected));
            return false;
        }
        return !String.valueOf(value.get()).equals(String.valueOf(expected));
    }
}
