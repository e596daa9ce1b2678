package com.photostore.port.out.fake;

import com.photostore.port.out.SecretName;
import com.photostore.port.out.TokenCodec;
import com.photostore.port.out.contract.TokenCodecContractTest;

/** The token codec contract, run against the fake codec and in-memory secrets. */
public class FakeTokenCodecContractTest extends TokenCodecContractTest {
    private final InMemorySecrets secrets = new InMemorySecrets();

    @Override
    protected TokenCodec codec() {
        return new FakeTokenCodec(secrets);
    }

    @Override
    protected void rotateKeys() {
        secrets.rotate(SecretName.ACCESS_TOKEN_KEYS);
    }

    @Override
    protected void forgetPreviousKeys() {
        secrets.dropPrevious(SecretName.ACCESS_TOKEN_KEYS);
    }
}
