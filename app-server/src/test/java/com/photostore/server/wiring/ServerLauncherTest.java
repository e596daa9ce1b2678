package com.photostore.server.wiring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLauncherTest {
    @TempDir
    Path home;

    @Test
    void anUnknownProfileIsRefusedByName() {
        assertThatThrownBy(() -> ServerLauncher.launch(Map.of("PHOTOSTORE_PROFILE", "cloud", "PORT", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PHOTOSTORE_PROFILE is local or aws, not cloud");
    }

    @Test
    void malformedListeningOptionsNameTheirVariable() {
        assertThatThrownBy(() -> ServerLauncher.launch(Map.of("PORT", "eighty")))
                .hasMessageContaining("PORT is not a whole number");
        assertThatThrownBy(() -> ServerLauncher.launch(Map.of("PORT", "0", "PHOTOSTORE_ALLOWED_ORIGINS", "*")))
                .hasMessageContaining("PHOTOSTORE_ALLOWED_ORIGINS");
    }

    @Test
    void theAwsProfileNamesTheSettingItLacksAndStartsNothing() {
        assertThatThrownBy(() -> ServerLauncher.launch(Map.of("PHOTOSTORE_PROFILE", "aws", "PORT", "0",
                "AWS_REGION", "eu-west-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(PHOTOSTORE_\\w+|REDIS_URL) must be set: .*");
    }

    @Test
    void aMalformedExternalBackendIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> ServerLauncher.launch(Map.of("PORT", "0", "PHOTOSTORE_HOME", home.toString(),
                "REDIS_URL", "http://example.org")))
                .hasMessageContaining("REDIS_URL is not a Redis URL");
    }
}
