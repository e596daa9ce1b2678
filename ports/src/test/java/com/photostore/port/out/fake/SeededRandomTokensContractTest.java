package com.photostore.port.out.fake;

import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.contract.RandomTokensContractTest;

/** The random tokens contract, run against the seeded source. */
public class SeededRandomTokensContractTest extends RandomTokensContractTest {
    @Override
    protected RandomTokens random() {
        return new SeededRandomTokens(2026);
    }
}
