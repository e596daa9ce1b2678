package com.photostore.port.out.fake;

import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.contract.PhotoCatalogContractTest;

/** The photo catalogue contract, run against the in-memory fake. */
public class InMemoryPhotoCatalogContractTest extends PhotoCatalogContractTest {
    @Override
    protected PhotoCatalog catalog() {
        return new InMemoryPhotoCatalog();
    }
}
