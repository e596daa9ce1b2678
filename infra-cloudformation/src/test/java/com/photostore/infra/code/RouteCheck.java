package com.photostore.infra.code;

import com.photostore.adapters.common.http.ApiOperation;
import com.photostore.infra.Finding;
import com.photostore.infra.template.Intrinsics;
import com.photostore.infra.template.Resource;
import com.photostore.infra.template.Template;
import com.photostore.lambda.LambdaFunction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP API against the code's route table: one {@code AWS::ApiGatewayV2::Route} per operation
 * ({@code RouteKey: "METHOD /api/v1/..."}) whose {@code Target} ({@code integrations/${Integration}}) is an
 * integration whose {@code IntegrationUri} is the function that serves the operation (or its alias); the
 * {@code $default} route to the function that takes it; no route the code lacks; and for each integrated function
 * an {@code AWS::Lambda::Permission} that lets API Gateway invoke what the integration names.
 */
public final class RouteCheck {
    static final String DEFAULT_ROUTE = "$default";
    private static final String ROUTE = "AWS::ApiGatewayV2::Route";
    private static final String INTEGRATION = "AWS::ApiGatewayV2::Integration";

    private final Template template;
    private final FunctionResources functions;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> permissionsChecked = new HashSet<>();

    private RouteCheck(Template template, FunctionResources functions) {
        this.template = template;
        this.functions = functions;
    }

    /** The findings of a template's routes; empty when API Gateway routes exactly as the code does. */
    public static List<Finding> check(Template template, FunctionResources functions) {
        RouteCheck check = new RouteCheck(template, functions);
        check.run();
        return List.copyOf(check.findings);
    }

    private void run() {
        List<Resource> apis = template.resourcesOfType("AWS::ApiGatewayV2::Api").stream()
                .filter(api -> "HTTP".equals(api.property("ProtocolType").orElse(null))).toList();
        if (apis.size() != 1) {
            findings.add(new Finding("Resources", "the template declares " + apis.size() + " HTTP APIs "
                    + "(AWS::ApiGatewayV2::Api with ProtocolType HTTP), not one"));
            return;
        }
        Map<String, Resource> routes = routes(apis.get(0));
        Map<String, LambdaFunction> owners = owners();
        owners.forEach((key, owner) -> {
            Resource route = routes.get(key);
            if (route == null) {
                findings.add(new Finding("Resources", "no route " + key + ", which " + owner.functionName()
                        + " serves"));
            } else {
                target(route).ifPresent(function -> {
                    if (function != owner) {
                        findings.add(new Finding(route.path(), key + " goes to " + function.functionName() + ", but "
                                + owner.functionName() + " serves it"));
                    }
                });
            }
        });
        routes.forEach((key, route) -> {
            if (!owners.containsKey(key)) {
                findings.add(new Finding(route.path(), "the route " + key + " has no operation in the code"));
            }
        });
    }

    private Map<String, Resource> routes(Resource api) {
        Map<String, Resource> byKey = new LinkedHashMap<>();
        for (Resource route : template.resourcesOfType(ROUTE)) {
            if (!Intrinsics.referencedNames(route.property("ApiId").orElse(null)).contains(api.logicalId())) {
                findings.add(new Finding(route.path() + "/Properties/ApiId", "is not the HTTP API " + api.logicalId()));
                continue;
            }
            if (!(route.property("RouteKey").orElse(null) instanceof String key)) {
                findings.add(new Finding(route.path() + "/Properties/RouteKey", "is not a literal route key"));
                continue;
            }
            Resource other = byKey.put(key, route);
            if (other != null) {
                findings.add(new Finding(route.path(), "the route " + key + " is declared twice, by "
                        + other.logicalId() + " too"));
            }
        }
        return byKey;
    }

    private static Map<String, LambdaFunction> owners() {
        Map<String, LambdaFunction> owners = new LinkedHashMap<>();
        for (LambdaFunction function : LambdaFunction.values()) {
            for (ApiOperation operation : function.operations()) {
                owners.put(operation.method() + " " + operation.template(), function);
            }
            if (function.takesDefaultRoute()) {
                owners.put(DEFAULT_ROUTE, function);
            }
        }
        return owners;
    }

    /** The function a route's target reaches, following its integration; a finding when it reaches none. */
    private Optional<LambdaFunction> target(Resource route) {
        String path = route.path() + "/Properties/Target";
        Object target = route.property("Target").orElse(null);
        List<Resource> integrations = Intrinsics.referencedNames(target).stream().map(template::resource)
                .flatMap(Optional::stream).filter(r -> INTEGRATION.equals(r.type())).toList();
        if (integrations.size() != 1
                || !Intrinsics.render(target).equals("integrations/${" + integrations.get(0).logicalId() + "}")) {
            findings.add(new Finding(path, "is " + Intrinsics.render(target) + ", not integrations/${<Integration>}"));
            return Optional.empty();
        }
        Resource integration = integrations.get(0);
        Object uri = integration.property("IntegrationUri").orElse(null);
        Set<LambdaFunction> reached = functions.functionsReferredBy(uri);
        if (reached.size() != 1) {
            findings.add(new Finding(integration.path() + "/Properties/IntegrationUri", "is "
                    + Intrinsics.render(uri) + ", which names no one function of the code (or its alias)"));
            return Optional.empty();
        }
        checkPermission(integration, uri);
        return Optional.of(reached.iterator().next());
    }

    private void checkPermission(Resource integration, Object uri) {
        if (!permissionsChecked.add(integration.logicalId())) {
            return;
        }
        Set<String> invoked = Intrinsics.referencedNames(uri);
        boolean permitted = template.resourcesOfType("AWS::Lambda::Permission").stream()
                .filter(p -> "apigateway.amazonaws.com".equals(p.property("Principal").orElse(null)))
                .anyMatch(p -> Intrinsics.referencedNames(p.property("FunctionName").orElse(null)).stream()
                        .anyMatch(invoked::contains));
        if (!permitted) {
            findings.add(new Finding(integration.path(), "no AWS::Lambda::Permission lets apigateway.amazonaws.com "
                    + "invoke " + Intrinsics.render(uri)));
        }
    }
}
