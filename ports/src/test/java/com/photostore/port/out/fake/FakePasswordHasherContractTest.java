package com.photostore.port.out.fake;

import com.photostore.port.out.PasswordHasher;
import com.photostore.port.out.contract.PasswordHasherContractTest;

/** The password hasher contract, run against the fake hasher. */
public class FakePasswordHasherContractTest extends PasswordHasherContractTest {
    @Override
    protected PasswordHasher hasher() {
        return new FakePasswordHasher();
    }
}
