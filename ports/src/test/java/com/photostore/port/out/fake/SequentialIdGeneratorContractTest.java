package com.photostore.port.out.fake;

import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.contract.IdGeneratorContractTest;

/** The id generator contract, run against the sequential generator. */
public class SequentialIdGeneratorContractTest extends IdGeneratorContractTest {
    @Override
    protected IdGenerator ids() {
        return new SequentialIdGenerator();
    }
}
