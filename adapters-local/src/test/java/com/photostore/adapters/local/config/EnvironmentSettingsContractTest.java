package com.photostore.adapters.local.config;

import com.photostore.port.out.Settings;
import com.photostore.port.out.contract.SettingsContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentSettingsContractTest extends SettingsContractTest {
    @TempDir
    Path directory;

    private final Properties written = new Properties();

    @Override
    protected Settings settings() {
        return new EnvironmentSettings(Map.of(), PhotostoreHome.at(directory));
    }

    @Override
    protected void define(String name, String value) {
        written.setProperty(name, value);
        try (Writer writer = Files.newBufferedWriter(directory.resolve(EnvironmentSettings.FILE_NAME), StandardCharsets.UTF_8)) {
            written.store(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
