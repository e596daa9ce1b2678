package com.photostore.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files the checks read, named by system properties that the module's surefire configuration sets (the
 * templates, the README, the functions' jars and recorded facts, the Node test tools).
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** {@code infra-cloudformation/photostore.yaml}. */
    public static Path template() {
        return path("photostore.template");
    }

    /** {@code codepipeline/pipeline.yaml}. */
    public static Path pipeline() {
        return path("photostore.pipeline");
    }

    /** {@code codepipeline/buildspec.yml}. */
    public static Path buildspec() {
        return path("photostore.buildspec");
    }

    /** The repository's {@code README.md}. */
    public static Path readme() {
        return path("photostore.readme");
    }

    /** {@code docs/iam.md}. */
    public static Path iamDocument() {
        return path("photostore.iamDocument");
    }

    /** {@code app-lambda/target/functions}, the deployment jars. */
    public static Path functionJars() {
        return path("photostore.functionJars");
    }

    /** {@code app-lambda/target/function-facts}, what each function's runs read and called. */
    public static Path functionFacts() {
        return path("photostore.functionFacts");
    }

    /** The resource specification's database in {@code test-tools}. */
    public static Path specificationDatabase() {
        return path("photostore.testTools").resolve("@aws-cdk/aws-service-spec/db.json.gz");
    }

    /** The package bundling CloudFormation Guard and the Control Tower rules in {@code test-tools}. */
    public static Path guardPackage() {
        return path("photostore.testTools").resolve("@cdklabs/cdk-validator-cfnguard");
    }

    /** The project's Guard rules and the list of Control Tower rules left out ({@code src/test/resources/guard}). */
    public static Path guardRules() {
        return path("photostore.guardRules");
    }

    /** A fixture of the tests' resources, such as {@code fixtures/photostore.yaml}. */
    public static Path fixture(String name) {
        Path fixtures = path("photostore.fixtures");
        Path file = fixtures.resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException("no fixture " + file);
        }
        return file;
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the system property " + property + " is not set: run the tests with "
                    + "Maven (./mvnw -pl infra-cloudformation verify), whose surefire configuration sets it");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
