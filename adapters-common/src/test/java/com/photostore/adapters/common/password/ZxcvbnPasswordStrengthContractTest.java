package com.photostore.adapters.common.password;

import com.photostore.port.out.PasswordStrength;
import com.photostore.port.out.contract.PasswordStrengthContractTest;

/** The password strength contract, run against zxcvbn with the default minimum score. */
class ZxcvbnPasswordStrengthContractTest extends PasswordStrengthContractTest {
    private static final ZxcvbnPasswordStrength STRENGTH = new ZxcvbnPasswordStrength();

    @Override
    protected PasswordStrength strength() {
        return STRENGTH;
    }
}
