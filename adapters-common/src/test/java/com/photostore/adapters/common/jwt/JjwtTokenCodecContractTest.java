package com.photostore.adapters.common.jwt;

import com.photostore.port.out.SecretName;
import com.photostore.port.out.TokenCodec;
import com.photostore.port.out.contract.TokenCodecContractTest;
import com.photostore.port.out.fake.InMemorySecrets;

/** The token codec contract, run against the jjwt codec and in-memory key rings. */
class JjwtTokenCodecContractTest extends TokenCodecContractTest {
    private final InMemorySecrets secrets = new InMemorySecrets();

    @Override
    protected TokenCodec codec() {
        return new JjwtTokenCodec(secrets, "https://photostore.test", "photostore-api");
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
