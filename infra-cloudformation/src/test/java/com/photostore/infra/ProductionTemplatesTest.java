package com.photostore.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.infra.code.EnvironmentCheck;
import com.photostore.infra.code.FunctionResources;
import com.photostore.infra.code.HandlerCheck;
import com.photostore.infra.code.RouteCheck;
import com.photostore.infra.code.TableCheck;
import com.photostore.infra.guard.ControlTowerRules;
import com.photostore.infra.guard.GuardCheck;
import com.photostore.infra.guard.GuardRunner;
import com.photostore.infra.iam.IamCheck;
import com.photostore.infra.iam.IamDocument;
import com.photostore.infra.pipeline.BuildspecCheck;
import com.photostore.infra.pipeline.ReadmeTestCommand;
import com.photostore.infra.reference.ReferenceCheck;
import com.photostore.infra.specification.ResourceSpecification;
import com.photostore.infra.specification.SpecificationCheck;
import com.photostore.infra.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every check on the project's own files: {@code infra-cloudformation/photostore.yaml},
 * {@code codepipeline/pipeline.yaml} and {@code buildspec.yml} against the code, its deployment jars, the facts its
 * runs recorded and {@code docs/iam.md}. A file that is missing fails its tests.
 */
class ProductionTemplatesTest {

    private static Template photostore() {
        return Template.read(ProjectFiles.template());
    }

    private static Template pipeline() {
        return Template.read(ProjectFiles.pipeline());
    }

    @Test
    void everyNameTheTemplatesUseExists() {
        assertThat(ReferenceCheck.check(photostore())).isEmpty();
        assertThat(ReferenceCheck.check(pipeline())).isEmpty();
    }

    @Test
    void theTemplatesAgreeWithTheResourceSpecification() {
        ResourceSpecification specification = ResourceSpecification.load(ProjectFiles.specificationDatabase());
        assertThat(SpecificationCheck.check(specification, photostore())).isEmpty();
        assertThat(SpecificationCheck.check(specification, pipeline())).isEmpty();
    }

    @Test
    void theTemplatesComplyWithGuardsRules() {
        ControlTowerRules controlTower = ControlTowerRules.of(ProjectFiles.guardPackage(),
                ProjectFiles.guardRules().resolve("excluded-rules.txt"));
        assertThat(controlTower.problems()).isEmpty();
        GuardCheck guard = GuardCheck.of(GuardRunner.bundledIn(ProjectFiles.guardPackage()), controlTower,
                ProjectFiles.guardRules());
        assertThat(guard.check(photostore())).isEmpty();
        assertThat(guard.check(pipeline())).isEmpty();
    }

    @Test
    void eachFunctionRunsItsHandlerFromItsJarWithItsMemoryAndTimeout() {
        assertThat(HandlerCheck.check(FunctionResources.of(photostore()), ProjectFiles.functionJars())).isEmpty();
    }

    @Test
    void apiGatewayRoutesEachOperationToTheFunctionThatServesIt() {
        Template template = photostore();
        assertThat(RouteCheck.check(template, FunctionResources.of(template))).isEmpty();
    }

    @Test
    void eachFunctionIsGivenTheVariablesItReads() {
        assertThat(EnvironmentCheck.check(FunctionResources.of(photostore()), ProjectFiles.functionFacts()))
                .isEmpty();
    }

    @Test
    void eachRoleGrantsWhatItsFunctionCallsAndNothingMore() {
        Template template = photostore();
        assertThat(IamCheck.check(template, FunctionResources.of(template), ProjectFiles.functionFacts())).isEmpty();
    }

    @Test
    void theTableIsTheCodes() {
        assertThat(TableCheck.check(photostore())).isEmpty();
    }

    @Test
    void docsIamIsTheDocumentOfTheTemplateAndTheRecordedFacts() throws Exception {
        Template template = photostore();
        String expected = IamDocument.render(template, FunctionResources.of(template), ProjectFiles.functionFacts());
        Path document = ProjectFiles.iamDocument();
        if (Boolean.getBoolean("photostore.iam.write")) {
            Files.writeString(document, expected);
        }
        String hint = document + " is written from the template and the recorded facts: write it again with "
                + IamDocument.WRITE_COMMAND;
        assertThat(document).as(hint).isRegularFile();
        assertThat(Files.readString(document)).as(hint).isEqualTo(expected);
    }

    @Test
    void theBuildRunsTheReadmesTestCommand() {
        assertThat(BuildspecCheck.check(ProjectFiles.buildspec(), ReadmeTestCommand.of(ProjectFiles.readme())))
                .isEmpty();
    }
}
