package com.photostore.adapters.local.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotostoreHomeTest {
    @TempDir
    Path directory;

    @Test
    void theEnvironmentNamesTheHomeWhichIsCreatedForTheOwnerOnly() throws Exception {
        Path wanted = directory.resolve("nested/home");

        PhotostoreHome home = PhotostoreHome.fromEnvironment(Map.of(PhotostoreHome.VARIABLE, wanted.toString()));
        Path postgres = home.subdirectory("postgres");

        assertThat(home.directory()).isEqualTo(wanted);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wanted))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(postgres))).isEqualTo("rwx------");
    }
}
