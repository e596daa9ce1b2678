package com.photostore.architecture;

import java.util.EnumSet;
import java.util.Set;

class AppLambdaArchitectureTest extends AbstractArchitectureTest {

    @Override
    protected Set<ArchitectureLayer> expectedLayers() {
        return EnumSet.complementOf(EnumSet.of(ArchitectureLayer.SERVER, ArchitectureLayer.ADAPTERS_LOCAL));
    }
}
