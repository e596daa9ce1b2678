package com.photostore.adapters.common.system;

import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.contract.IdGeneratorContractTest;

class MonotonicIdGeneratorContractTest extends IdGeneratorContractTest {

    @Override
    protected IdGenerator ids() {
        return new MonotonicIdGenerator(new SystemClock(), new SecureRandomTokens());
    }
}
