package com.photostore.adapters.local.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.port.out.KeyRing;
import com.photostore.port.out.SecretName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretsTest {
    @TempDir
    Path directory;

    @Test
    void keysAreWrittenForTheOwnerOnlyAndReadBackOnTheNextStart() throws Exception {
        PhotostoreHome home = PhotostoreHome.at(directory.resolve("home"));
        KeyRing first = FileSecrets.open(home, Map.of()).keyRing(SecretName.ACCESS_TOKEN_KEYS);

        KeyRing again = FileSecrets.open(PhotostoreHome.at(directory.resolve("home")), Map.of())
                .keyRing(SecretName.ACCESS_TOKEN_KEYS);

        Path file = home.file(FileSecrets.FILE_NAME);
        assertThat(again).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.directory()))).isEqualTo("rwx------");
        assertThat(first.current().secret()).hasSize(32);
        try (var entries = Files.list(home.directory())) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly(FileSecrets.FILE_NAME);
        }
    }

    @Test
    void aSecretsFileOthersCouldReadIsRestrictedToItsOwnerOnTheNextStart() throws Exception {
        PhotostoreHome home = PhotostoreHome.at(directory);
        KeyRing first = FileSecrets.open(home, Map.of()).keyRing(SecretName.CURSOR_KEYS);
        Path file = home.file(FileSecrets.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        KeyRing again = FileSecrets.open(home, Map.of()).keyRing(SecretName.CURSOR_KEYS);

        assertThat(again).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aRotationSurvivesARestart() {
        PhotostoreHome home = PhotostoreHome.at(directory);
        FileSecrets secrets = FileSecrets.open(home, Map.of());
        KeyRing before = secrets.keyRing(SecretName.CURSOR_KEYS);

        secrets.rotate(SecretName.CURSOR_KEYS);

        KeyRing reopened = FileSecrets.open(home, Map.of()).keyRing(SecretName.CURSOR_KEYS);
        assertThat(reopened).isEqualTo(secrets.keyRing(SecretName.CURSOR_KEYS));
        assertThat(reopened.previous()).containsExactly(before.current());
    }

    @Test
    void aKeyFromTheEnvironmentTakesThePlaceOfTheFile() {
        byte[] key = new byte[32];
        key[0] = 7;
        String variable = FileSecrets.variable(SecretName.ACCESS_TOKEN_KEYS);

        FileSecrets secrets = FileSecrets.open(PhotostoreHome.at(directory),
                Map.of(variable, Base64.getEncoder().encodeToString(key)));

        assertThat(variable).isEqualTo("PHOTOSTORE_ACCESS_TOKEN_KEY");
        assertThat(FileSecrets.variable(SecretName.CURSOR_KEYS)).isEqualTo("PHOTOSTORE_CURSOR_KEY");
        assertThat(secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS).current().secret()).isEqualTo(key);
        assertThat(secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS).current().id()).startsWith("env-");
        assertThat(secrets.keyRing(SecretName.CURSOR_KEYS).current().secret()).isNotEqualTo(key);
    }

    @Test
    void aMalformedKeyInTheEnvironmentIsNamedButNotPrinted() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});

        assertThatThrownBy(() -> FileSecrets.open(PhotostoreHome.at(directory),
                Map.of("PHOTOSTORE_CURSOR_KEY", shortKey)))
                .hasMessageContaining("PHOTOSTORE_CURSOR_KEY").hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> FileSecrets.open(PhotostoreHome.at(directory),
                Map.of("PHOTOSTORE_CURSOR_KEY", "not base64 at all!")))
                .hasMessageContaining("base64").hasMessageNotContaining("not base64 at all!");
    }

    @Test
    void aCorruptFileIsAClearErrorThatPrintsNoKey() throws Exception {
        PhotostoreHome home = PhotostoreHome.at(directory);
        Files.writeString(home.file(FileSecrets.FILE_NAME), "{\"ACCESS_TOKEN_KEYS\": {\"current\": {\"kid\": \"a\", \"key\": \"c2hvcnQ=\"}}}");

        assertThatThrownBy(() -> FileSecrets.open(home, Map.of()))
                .hasMessageContaining("ACCESS_TOKEN_KEYS").hasMessageNotContaining("c2hvcnQ=");
    }
}
