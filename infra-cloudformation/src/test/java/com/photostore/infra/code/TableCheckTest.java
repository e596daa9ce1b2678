package com.photostore.infra.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.infra.Finding;
import com.photostore.infra.ProjectFiles;
import com.photostore.infra.template.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableCheckTest {

    @Test
    void findsNothingInTheGoodFixture() {
        assertThat(check("photostore.yaml")).isEmpty();
    }

    @Test
    void findsEachKeyAndIndexOfTheBrokenCopyThatDiffersFromTheCodesTable() {
        assertThat(check("broken/table.yaml")).containsExactlyInAnyOrder(
                "Resources/PhotosTable/Properties/AttributeDefinitions: lacks "
                        + "{\"AttributeName\":\"sizeKey\",\"AttributeType\":\"S\"} of /dynamodb/photos-table.json",
                "Resources/PhotosTable/Properties/KeySchema: is [{\"AttributeName\":\"sk\",\"KeyType\":\"HASH\"},"
                        + "{\"AttributeName\":\"pk\",\"KeyType\":\"RANGE\"}], but /dynamodb/photos-table.json has "
                        + "[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":"
                        + "\"RANGE\"}]",
                "Resources/PhotosTable/Properties/LocalSecondaryIndexes: lacks {\"IndexName\":\"bySize\",\"KeySchema\":"
                        + "[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sizeKey\",\"KeyType\":"
                        + "\"RANGE\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}} of /dynamodb/photos-table.json",
                "Resources/PhotosTable/Properties/BillingMode: is \"PROVISIONED\", but /dynamodb/photos-table.json "
                        + "has \"PAY_PER_REQUEST\"");
    }

    @Test
    void findsTheBillingModeAndTheTimeToLiveOfTheBrokenRevocationsTable() {
        assertThat(check("broken/revocations-table.yaml")).containsExactlyInAnyOrder(
                "Resources/RevocationsTable/Properties/BillingMode: is \"PROVISIONED\", but RevocationTableSchema has "
                        + "\"PAY_PER_REQUEST\"",
                "Resources/RevocationsTable/Properties/TimeToLiveSpecification: is {\"AttributeName\":\"ttl\","
                        + "\"Enabled\":true}, but the revocations expire by the attribute expiresAt");
    }

    private static List<String> check(String fixture) {
        return TableCheck.check(Template.read(ProjectFiles.fixture(fixture))).stream().map(Finding::toString)
                .toList();
    }
}
