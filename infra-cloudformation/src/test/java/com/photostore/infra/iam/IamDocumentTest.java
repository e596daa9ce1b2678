package com.photostore.infra.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.infra.ProjectFiles;
import com.photostore.infra.code.FunctionResources;
import com.photostore.infra.template.Template;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class IamDocumentTest {

    @Test
    void writesATablePerFunctionOfWhatItsRoleGrantsAndWhy() throws Exception {
        Template template = Template.read(ProjectFiles.fixture("photostore.yaml"));

        String document = IamDocument.render(template, FunctionResources.of(template),
                ProjectFiles.fixture("function-facts"));

        assertThat(document).isEqualTo(Files.readString(ProjectFiles.fixture("iam.md")))
                .contains("| `dynamodb:Query` | `${PhotosTable}` | `PHOTOSTORE_TABLE` | `${PhotosTable.Arn}`<br>"
                        + "`${PhotosTable.Arn}/index/*` |")
                .contains("| `ec2:CreateNetworkInterface` | any resource | Lambda: VPC network interfaces | `*` |");
    }

    @Test
    void showsARequiredPermissionThatIsNotGranted() throws Exception {
        Template template = Template.read(ProjectFiles.fixture("broken/iam.yaml"));

        String document = IamDocument.render(template, FunctionResources.of(template),
                ProjectFiles.fixture("function-facts"));

        assertThat(document).contains("| `dynamodb:UpdateItem` | `${PhotosTable}` | `PHOTOSTORE_TABLE` | not granted |");
    }
}
