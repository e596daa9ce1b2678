package com.photostore.port.out.fake;

import com.photostore.port.out.PasswordStrength;
import com.photostore.port.out.contract.PasswordStrengthContractTest;

/** The password strength contract, run against the fake judge. */
public class FakePasswordStrengthContractTest extends PasswordStrengthContractTest {
    @Override
    protected PasswordStrength strength() {
        return new FakePasswordStrength();
    }
}
