package com.photostore.adapters.common.system;

import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.contract.RandomTokensContractTest;

class SecureRandomTokensContractTest extends RandomTokensContractTest {

    @Override
    protected RandomTokens random() {
        return new SecureRandomTokens();
    }
}
