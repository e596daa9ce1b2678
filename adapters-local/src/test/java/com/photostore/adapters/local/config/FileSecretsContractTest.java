package com.photostore.adapters.local.config;

import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.contract.SecretsContractTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class FileSecretsContractTest extends SecretsContractTest {
    @TempDir
    Path directory;

    private FileSecrets secrets;

    @Override
    protected Secrets secrets() {
        secrets = FileSecrets.open(PhotostoreHome.at(directory.resolve("home")), Map.of());
        return secrets;
    }

    @Override
    protected void rotate(SecretName name) {
        secrets.rotate(name);
    }
}
