package com.photostore.infra.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.infra.Finding;
import com.photostore.infra.ProjectFiles;
import com.photostore.infra.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentCheckTest {

    @Test
    void readsTheRecordedFacts() {
        FunctionFacts facts = FunctionFacts.of(ProjectFiles.fixture("function-facts"), "Photos");

        assertThat(facts.variables()).contains("PHOTOSTORE_TABLE", "PHOTOSTORE_CURSOR_SECRET_ID");
        assertThat(facts.actions()).contains(new FunctionFacts.RecordedAction("dynamodb:Query", "PHOTOSTORE_TABLE"));
    }

    @Test
    void findsNothingInTheGoodFixture() {
        assertThat(check("photostore.yaml", ProjectFiles.fixture("function-facts"))).isEmpty();
    }

    @Test
    void findsEachVariableOfTheBrokenCopyThatDiffersFromWhatTheCodeReads() {
        assertThat(check("broken/environment.yaml", ProjectFiles.fixture("function-facts")))
                .containsExactlyInAnyOrder(
                        "Resources/PhotosFunction/Properties/Environment/Variables: Photos reads "
                                + "PHOTOSTORE_CURSOR_SECRET_ID, which the template does not set",
                        "Resources/PhotosFunction/Properties/Environment/Variables/PHOTOSTORE_QUEUE_URL: Photos is "
                                + "given PHOTOSTORE_QUEUE_URL, which its code does not read",
                        "Resources/TransferPhotosFunction/Properties/Environment/Variables/AWS_REGION: TransferPhotos "
                                + "is given AWS_REGION, which its code does not read");
    }

    @Test
    void failsWhenTheFactsAreMissingOrMalformed(@TempDir Path directory) throws Exception {
        assertThatThrownBy(() -> check("photostore.yaml", directory.resolve("function-facts")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the functions' recorded facts are missing")
                .hasMessageContaining("./mvnw -B -pl app-lambda -am verify");
        assertThatThrownBy(() -> check("photostore.yaml", directory))
                .hasMessageContaining("CreateUser.json are missing");
        Files.writeString(directory.resolve("CreateUser.json"), "{\"function\": \"CreateUser\", \"variables\": {}}");
        assertThatThrownBy(() -> check("photostore.yaml", directory))
                .hasMessageContaining("CreateUser.json: \"variables\" is not a list");
        Files.writeString(directory.resolve("CreateUser.json"), "{\"function\": \"AuthUser\", \"variables\": [], "
                + "\"actions\": []}");
        assertThatThrownBy(() -> check("photostore.yaml", directory))
                .hasMessageContaining("CreateUser.json holds the facts of AuthUser, not of CreateUser");
    }

    private static List<String> check(String fixture, Path facts) {
        Template template = Template.read(ProjectFiles.fixture(fixture));
        return EnvironmentCheck.check(FunctionResources.of(template), facts).stream().map(Finding::toString).toList();
    }
}
