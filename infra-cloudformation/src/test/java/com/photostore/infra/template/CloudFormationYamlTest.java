package com.photostore.infra.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.infra.ProjectFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudFormationYamlTest {

    @Test
    void readsEveryShortFormTagAsItsLongForm() {
        Map<String, Object> document = CloudFormationYaml.parse("""
                Ref: !Ref Bucket
                GetAtt: !GetAtt Database.Endpoint.Address
                GetAttList: !GetAtt [Queue, Arn]
                Sub: !Sub "${Table.Arn}/index/*"
                SubWithVariables: !Sub ["${Name}-x", {Name: !Ref AWS::StackName}]
                Join: !Join [",", [a, !Ref B]]
                If: !If [HasEmail, !Ref Email, !Ref AWS::NoValue]
                Equals: !Equals [!Ref Email, ""]
                Not: !Not [!Condition HasEmail]
                And: !And [!Condition A, !Condition B]
                Or: !Or [!Condition A, !Condition B]
                Select: !Select [0, !GetAZs ""]
                Split: !Split [",", "a,b"]
                FindInMap: !FindInMap [Network, Vpc, Cidr]
                ImportValue: !ImportValue shared-vpc
                Base64: !Base64 text
                Cidr: !Cidr [!GetAtt Vpc.CidrBlock, 4, 12]
                Condition: !Condition HasEmail
                """);

        assertThat(document.get("Ref")).isEqualTo(Map.of("Ref", "Bucket"));
        assertThat(document.get("GetAtt")).isEqualTo(Map.of("Fn::GetAtt", List.of("Database", "Endpoint.Address")));
        assertThat(document.get("GetAttList")).isEqualTo(Map.of("Fn::GetAtt", List.of("Queue", "Arn")));
        assertThat(document.get("Sub")).isEqualTo(Map.of("Fn::Sub", "${Table.Arn}/index/*"));
        assertThat(document.get("SubWithVariables")).isEqualTo(Map.of("Fn::Sub",
                List.of("${Name}-x", Map.of("Name", Map.of("Ref", "AWS::StackName")))));
        assertThat(document.get("Join")).isEqualTo(Map.of("Fn::Join", List.of(",", List.of("a", Map.of("Ref", "B")))));
        assertThat(document.get("If")).isEqualTo(Map.of("Fn::If",
                List.of("HasEmail", Map.of("Ref", "Email"), Map.of("Ref", "AWS::NoValue"))));
        assertThat(document.get("Equals")).isEqualTo(Map.of("Fn::Equals", List.of(Map.of("Ref", "Email"), "")));
        assertThat(document.get("Not")).isEqualTo(Map.of("Fn::Not", List.of(Map.of("Condition", "HasEmail"))));
        assertThat(document.get("And")).isEqualTo(Map.of("Fn::And",
                List.of(Map.of("Condition", "A"), Map.of("Condition", "B"))));
        assertThat(document.get("Or")).isEqualTo(Map.of("Fn::Or",
                List.of(Map.of("Condition", "A"), Map.of("Condition", "B"))));
        assertThat(document.get("Select")).isEqualTo(Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))));
        assertThat(document.get("Split")).isEqualTo(Map.of("Fn::Split", List.of(",", "a,b")));
        assertThat(document.get("FindInMap")).isEqualTo(Map.of("Fn::FindInMap", List.of("Network", "Vpc", "Cidr")));
        assertThat(document.get("ImportValue")).isEqualTo(Map.of("Fn::ImportValue", "shared-vpc"));
        assertThat(document.get("Base64")).isEqualTo(Map.of("Fn::Base64", "text"));
        assertThat(document.get("Cidr")).isEqualTo(Map.of("Fn::Cidr",
                List.of(Map.of("Fn::GetAtt", List.of("Vpc", "CidrBlock")), 4, 12)));
        assertThat(document.get("Condition")).isEqualTo(Map.of("Condition", "HasEmail"));
    }

    @Test
    void keepsPlainValuesAsYamlTypesThem() {
        Map<String, Object> document = CloudFormationYaml.parse("""
                Port: 5432
                Enabled: true
                Version: "2.0"
                Empty: ""
                """);

        assertThat(document).containsEntry("Port", 5432).containsEntry("Enabled", true)
                .containsEntry("Version", "2.0").containsEntry("Empty", "");
    }

    @Test
    void readsTheFixtureTemplates() {
        Template photostore = Template.read(ProjectFiles.fixture("photostore.yaml"));
        Template pipeline = Template.read(ProjectFiles.fixture("pipeline.yaml"));

        assertThat(photostore.resourcesOfType("AWS::Lambda::Function")).hasSize(6);
        assertThat(pipeline.resourcesOfType("AWS::CodePipeline::Pipeline")).hasSize(1);
    }

    @Test
    void failsOnAnUnknownTag() {
        assertThatThrownBy(() -> Template.read(ProjectFiles.fixture("broken/parse-unknown-tag.yaml")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("parse-unknown-tag.yaml does not parse")
                .hasMessageContaining("!GetAttribute");
    }

    @Test
    void failsOnATagGivenTheWrongNode() {
        assertThatThrownBy(() -> Template.read(ProjectFiles.fixture("broken/parse-ref-list.yaml")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("!Ref takes a scalar")
                .hasMessageContaining("line 6");
    }

    @Test
    void failsOnAGetAttWithoutAttribute() {
        assertThatThrownBy(() -> CloudFormationYaml.parse("Value: !GetAtt Queue"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("!GetAtt takes resource.attribute, not 'Queue'");
    }

    @Test
    void failsOnADuplicateKey() {
        assertThatThrownBy(() -> Template.read(ProjectFiles.fixture("broken/parse-duplicate-key.yaml")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("found duplicate key Queue");
    }

    @Test
    void failsOnAMissingTemplate() {
        assertThatThrownBy(() -> Template.read(ProjectFiles.fixture("broken").resolve("missing.yaml")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("missing.yaml does not exist");
    }
}
