package com.photostore.infra.specification;

import com.photostore.infra.Finding;
import com.photostore.infra.template.IntrinsicVisitor;
import com.photostore.infra.template.Intrinsics;
import com.photostore.infra.template.Resource;
import com.photostore.infra.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A template against the resource specification: it is plain CloudFormation (no {@code Transform}), each resource
 * type exists, each property exists, required properties are present, literal values have the property's type
 * (intrinsic functions are taken wherever a value is), and each attribute read with {@code Fn::GetAtt} exists.
 */
public final class SpecificationCheck {
    private static final Set<String> TEMPLATE_KEYS = Set.of("AWSTemplateFormatVersion", "Description", "Metadata",
            "Parameters", "Rules", "Mappings", "Conditions", "Resources", "Outputs");
    private static final Set<String> RESOURCE_KEYS = Set.of("Type", "Properties", "DependsOn", "Condition",
            "DeletionPolicy", "UpdateReplacePolicy", "UpdatePolicy", "CreationPolicy", "Metadata");
    private static final List<String> DELETION_POLICIES = List.of("Delete", "Retain", "RetainExceptOnCreate",
            "Snapshot");
    /** Properties that {@code aws cloudformation package} takes as a local path and replaces by the uploaded object. */
    private static final Set<String> PACKAGED_PROPERTIES = Set.of("AWS::Lambda::Function.Code",
            "AWS::Lambda::LayerVersion.Content", "AWS::ApiGatewayV2::Api.BodyS3Location",
            "AWS::CloudFormation::Stack.TemplateURL", "AWS::StepFunctions::StateMachine.DefinitionS3Location");

    private final ResourceSpecification specification;
    private final Template template;
    private final List<Finding> findings = new ArrayList<>();

    private SpecificationCheck(ResourceSpecification specification, Template template) {
        this.specification = specification;
        this.template = template;
    }

    /** The findings of a template; empty when it agrees with the specification. */
    public static List<Finding> check(ResourceSpecification specification, Template template) {
        SpecificationCheck check = new SpecificationCheck(specification, template);
        check.run();
        return List.copyOf(check.findings);
    }

    private void run() {
        for (String key : template.document().keySet()) {
            if ("Transform".equals(key)) {
                findings.add(new Finding(key, "the template declares a Transform: it must be plain CloudFormation"));
            } else if (!TEMPLATE_KEYS.contains(key)) {
                findings.add(new Finding(key, "unknown top-level section " + key));
            }
        }
        for (Resource resource : template.resources().values()) {
            checkResource(resource);
        }
        Attributes attributes = new Attributes();
        template.resources().values().forEach(r -> Intrinsics.walk(r.definition(), r.path(), attributes));
        template.outputs().forEach((name, output) -> Intrinsics.walk(output, "Outputs/" + name, attributes));
    }

    private void checkResource(Resource resource) {
        for (String key : resource.definition().keySet()) {
            if (!RESOURCE_KEYS.contains(key)) {
                findings.add(new Finding(resource.path(), "unknown resource key " + key));
            }
        }
        for (String policy : List.of("DeletionPolicy", "UpdateReplacePolicy")) {
            Object value = resource.definition().get(policy);
            if (value != null && !DELETION_POLICIES.contains(String.valueOf(value))) {
                findings.add(new Finding(resource.path() + "/" + policy, "is " + value + ", not one of "
                        + DELETION_POLICIES));
            }
        }
        String type = resource.type();
        if (type == null) {
            return;
        }
        if (isCustom(type)) {
            if (!resource.properties().containsKey("ServiceToken")) {
                findings.add(new Finding(resource.path(), "the custom resource misses required property ServiceToken"));
            }
            return;
        }
        Optional<ResourceTypeSpecification> specified = specification.resourceType(type);
        if (specified.isEmpty()) {
            findings.add(new Finding(resource.path(), "unknown resource type " + type));
            return;
        }
        String path = resource.path() + "/Properties";
        specified.get().properties().forEach((name, property) -> {
            if (property.required() && !resource.properties().containsKey(name)) {
                findings.add(new Finding(path, type + " misses required property " + name));
            }
        });
        resource.properties().forEach((name, value) -> {
            PropertySpecification property = specified.get().properties().get(name);
            if (property == null) {
                findings.add(new Finding(path + "/" + name, type + " has no property " + name));
            } else if (!(PACKAGED_PROPERTIES.contains(type + "." + name) && value instanceof String)) {
                findings.addAll(new ValueCheck(specification).check(path + "/" + name, value, property.types()));
            }
        });
    }

    private static boolean isCustom(String type) {
        return type.startsWith("Custom::") || "AWS::CloudFormation::CustomResource".equals(type);
    }

    /** Checks each attribute read from a resource of the template. */
    private final class Attributes implements IntrinsicVisitor {
        @Override
        public void getAtt(String path, String resource, String attribute) {
            Optional<String> type = template.resource(resource).map(Resource::type);
            if (type.isEmpty() || isCustom(type.get()) || attribute.contains("${")
                    || "AWS::CloudFormation::Stack".equals(type.get()) && attribute.startsWith("Outputs.")) {
                return;
            }
            specification.resourceType(type.get()).ifPresent(spec -> {
                if (!spec.attributes().contains(attribute)) {
                    findings.add(new Finding(path, type.get() + " has no attribute " + attribute + " (" + resource
                            + "." + attribute + ")"));
                }
            });
        }
    }
}
