package com.photostore.port.out.fake;

import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.contract.SecretsContractTest;

/** The secrets contract, run against the in-memory fake. */
public class InMemorySecretsContractTest extends SecretsContractTest {
    private final InMemorySecrets secrets = new InMemorySecrets();

    @Override
    protected Secrets secrets() {
        return secrets;
    }

    @Override
    protected void rotate(SecretName name) {
        secrets.rotate(name);
    }
}
