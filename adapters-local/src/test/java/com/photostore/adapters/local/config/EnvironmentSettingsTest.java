package com.photostore.adapters.local.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentSettingsTest {
    @TempDir
    Path directory;

    @Test
    void aSettingNameBecomesAnUpperCaseVariable() {
        assertThat(EnvironmentSettings.variable("upload.maxBytes")).isEqualTo("PHOTOSTORE_UPLOAD_MAXBYTES");
        assertThat(EnvironmentSettings.variable("session.idle-timeout")).isEqualTo("PHOTOSTORE_SESSION_IDLE_TIMEOUT");
    }

    @Test
    void theEnvironmentWinsOverThePropertiesFile() throws Exception {
        Files.writeString(directory.resolve(EnvironmentSettings.FILE_NAME), "upload.maxBytes=10\nsession.ttl=PT1H\n");

        EnvironmentSettings settings = new EnvironmentSettings(Map.of("PHOTOSTORE_UPLOAD_MAXBYTES", "52428800"),
                PhotostoreHome.at(directory));

        assertThat(settings.number("upload.maxBytes", 1)).isEqualTo(52_428_800L);
        assertThat(settings.find("session.ttl")).contains("PT1H");
        assertThat(settings.find("absent.setting")).isEmpty();
    }

    @Test
    void withoutAFileOnlyTheEnvironmentCounts() {
        EnvironmentSettings settings = new EnvironmentSettings(Map.of("PHOTOSTORE_A_B", "x"), PhotostoreHome.at(directory));

        assertThat(settings.find("a.b")).contains("x");
        assertThat(settings.find("a.c")).isEmpty();
    }
}
