package com.photostore.adapters.common.postgres;

import com.photostore.adapters.common.testing.PostgresDatabaseExtension;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.contract.PhotoCatalogContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqPhotoCatalogContractTest extends PhotoCatalogContractTest {
    @RegisterExtension
    static final PostgresDatabaseExtension POSTGRES = new PostgresDatabaseExtension();

    @Override
    protected PhotoCatalog catalog() {
        return new JooqPhotoCatalog(POSTGRES.dsl());
    }
}
