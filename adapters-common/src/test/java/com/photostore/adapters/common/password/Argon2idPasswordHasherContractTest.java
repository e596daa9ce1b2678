package com.photostore.adapters.common.password;

import com.photostore.port.out.PasswordHasher;
import com.photostore.port.out.contract.PasswordHasherContractTest;

/** The password hasher contract, run against Argon2id at its default cost. */
class Argon2idPasswordHasherContractTest extends PasswordHasherContractTest {

    @Override
    protected PasswordHasher hasher() {
        return new Argon2idPasswordHasher();
    }
}
