package com.photostore.infra.reference;

import com.photostore.infra.Finding;
import com.photostore.infra.template.IntrinsicVisitor;
import com.photostore.infra.template.Intrinsics;
import com.photostore.infra.template.Resource;
import com.photostore.infra.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name a template uses exists: each {@code Ref} and {@code Fn::Sub} variable names a parameter, resource or
 * pseudo parameter, each {@code Fn::GetAtt} a resource, each {@code DependsOn} another resource, each
 * {@code Condition} and {@code Fn::If} a condition, each {@code Fn::FindInMap} a mapping; conditions refer to
 * parameters only; no intrinsic function is unknown (those of transforms included: the templates are plain
 * CloudFormation); and no resources depend on each other in a circle.
 */
public final class ReferenceCheck {
    private static final Set<String> FUNCTIONS = Set.of("Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::If", "Fn::Equals",
            "Fn::Not", "Fn::And", "Fn::Or", "Fn::Select", "Fn::Split", "Fn::FindInMap", "Fn::GetAZs",
            "Fn::ImportValue", "Fn::Base64", "Fn::Cidr");
    private static final Set<String> RESOURCE_KEYS = Set.of("Properties", "UpdatePolicy", "CreationPolicy");

    private final Template template;
    private final List<Finding> findings = new ArrayList<>();

    private ReferenceCheck(Template template) {
        this.template = template;
    }

    /** The findings of a template; empty when every name it uses exists. */
    public static List<Finding> check(Template template) {
        ReferenceCheck check = new ReferenceCheck(template);
        check.run();
        return List.copyOf(check.findings);
    }

    private void run() {
        if (template.resources().isEmpty()) {
            findings.add(new Finding("Resources", "the template declares no resources"));
        }
        template.parameters().forEach((name, definition) -> {
            if (!(definition instanceof Map<?, ?> map) || !(map.get("Type") instanceof String)) {
                findings.add(new Finding("Parameters/" + name, "the parameter has no Type"));
            }
        });
        template.conditions().forEach((name, body) -> Intrinsics.walk(body, "Conditions/" + name, new Names(true)));
        for (Resource resource : template.resources().values()) {
            checkResource(resource);
        }
        template.outputs().forEach((name, output) -> {
            String path = "Outputs/" + name;
            if (output instanceof Map<?, ?> map) {
                Intrinsics.walk(map.get("Value"), path + "/Value", new Names(false));
                Intrinsics.walk(map.get("Export"), path + "/Export", new Names(false));
                if (map.get("Condition") instanceof String condition) {
                    condition(path + "/Condition", condition);
                }
            }
        });
        findings.addAll(DependencyCycles.of(template));
    }

    private void checkResource(Resource resource) {
        if (resource.type() == null) {
            findings.add(new Finding(resource.path(), "the resource has no Type"));
        }
        for (String key : RESOURCE_KEYS) {
            Intrinsics.walk(resource.definition().get(key), resource.path() + "/" + key, new Names(false));
        }
        for (Object dependency : resource.dependsOn()) {
            String path = resource.path() + "/DependsOn";
            if (!(dependency instanceof String name) || !template.resources().containsKey(name)) {
                findings.add(new Finding(path, "DependsOn names " + dependency + ", which is no resource"));
            } else if (name.equals(resource.logicalId())) {
                findings.add(new Finding(path, "the resource depends on itself"));
            }
        }
        Object condition = resource.definition().get("Condition");
        if (condition != null) {
            condition(resource.path() + "/Condition", String.valueOf(condition));
        }
    }

    private void condition(String path, String name) {
        if (!template.conditions().containsKey(name)) {
            findings.add(new Finding(path, "the condition " + name + " does not exist"));
        }
    }

    /** Checks the names met while walking one value. */
    private final class Names implements IntrinsicVisitor {
        private final boolean inCondition;

        Names(boolean inCondition) {
            this.inCondition = inCondition;
        }

        @Override
        public void ref(String path, String name) {
            boolean parameter = template.parameters().containsKey(name) || Template.PSEUDO_PARAMETERS.contains(name);
            if (inCondition && !parameter) {
                findings.add(new Finding(path, "a condition refers to " + name + ", which is no parameter"));
            } else if (!parameter && !template.resources().containsKey(name)) {
                findings.add(new Finding(path, "refers to " + name + ", which is no parameter, resource or pseudo "
                        + "parameter"));
            }
        }

        @Override
        public void getAtt(String path, String resource, String attribute) {
            if (template.parameters().containsKey(resource)) {
                findings.add(new Finding(path, "reads attribute " + attribute + " of " + resource
                        + ", which is a parameter, not a resource"));
            } else if (!template.resources().containsKey(resource)) {
                findings.add(new Finding(path, "reads attribute " + attribute + " of " + resource
                        + ", which is no resource"));
            }
        }

        @Override
        public void condition(String path, String name) {
            ReferenceCheck.this.condition(path, name);
        }

        @Override
        public void function(String path, String name, Object argument) {
            if (!FUNCTIONS.contains(name)) {
                findings.add(new Finding(path, "unknown intrinsic function " + name));
            } else if ("Fn::FindInMap".equals(name)) {
                findInMap(path, argument);
            }
        }

        @Override
        public void malformed(String path, String problem) {
            findings.add(new Finding(path, problem));
        }

        private void findInMap(String path, Object argument) {
            if (!(argument instanceof List<?> list) || list.size() < 3) {
                findings.add(new Finding(path, "Fn::FindInMap takes [mapping, key, key]"));
                return;
            }
            if (list.get(0) instanceof String mapping) {
                Object keys = template.mappings().get(mapping);
                if (keys == null) {
                    findings.add(new Finding(path, "the mapping " + mapping + " does not exist"));
                } else if (list.get(1) instanceof String first && keys instanceof Map<?, ?> firstLevel) {
                    Object second = firstLevel.get(first);
                    if (second == null) {
                        findings.add(new Finding(path, "the mapping " + mapping + " has no key " + first));
                    } else if (list.get(2) instanceof String key && second instanceof Map<?, ?> secondLevel
                            && !secondLevel.containsKey(key)) {
                        findings.add(new Finding(path, "the mapping " + mapping + " has no key " + first + "." + key));
                    }
                }
            }
        }
    }
}
