package com.photostore.infra.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.infra.Finding;
import com.photostore.infra.ProjectFiles;
import org.junit.jupiter.api.Test;

class BuildspecCheckTest {

    @Test
    void findsTheReadmesTestCommand() {
        assertThat(ReadmeTestCommand.of(ProjectFiles.fixture("README.md"))).isEqualTo("./mvnw -B verify");
        assertThat(ReadmeTestCommand.of(ProjectFiles.readme())).startsWith("./mvnw").contains("verify");
    }

    @Test
    void failsOnAReadmeWithTwoTestCommands() {
        assertThatThrownBy(() -> ReadmeTestCommand.of(ProjectFiles.fixture("broken/README.md")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("should show one command that runs all tests")
                .hasMessageContaining("[./mvnw -B verify, ./mvnw verify -Pbrowser]");
    }

    @Test
    void findsNothingInTheGoodBuildspec() {
        assertThat(BuildspecCheck.check(ProjectFiles.fixture("buildspec.yml"), "./mvnw -B verify")).isEmpty();
    }

    @Test
    void findsABuildspecThatDoesNotRunTheTestCommand() {
        assertThat(BuildspecCheck.check(ProjectFiles.fixture("broken/buildspec.yml"), "./mvnw -B verify"))
                .extracting(Finding::toString).containsExactly(
                        "buildspec.yml version: is 0.1, not 0.2",
                        "buildspec.yml phases: no command runs the README's test command `./mvnw -B verify`; the "
                                + "commands are [./mvnw -B -DskipTests package, aws cloudformation package "
                                + "--template-file infra-cloudformation/photostore.yaml --s3-bucket \"$ARTIFACT_BUCKET\" "
                                + "--output-template-file packaged.yaml]");
        assertThat(BuildspecCheck.check(ProjectFiles.fixture("broken").resolve("missing.yml"), "./mvnw -B verify"))
                .extracting(Finding::message).containsExactly("the buildspec does not exist");
    }
}
