package com.photostore.architecture;

import java.util.EnumSet;
import java.util.Set;

class WiringArchitectureTest extends AbstractArchitectureTest {

    @Override
    protected Set<ArchitectureLayer> expectedLayers() {
        return EnumSet.of(ArchitectureLayer.DOMAIN, ArchitectureLayer.PORT_IN, ArchitectureLayer.PORT_OUT,
                ArchitectureLayer.APPLICATION, ArchitectureLayer.ADAPTERS_COMMON, ArchitectureLayer.ADAPTERS_AWS,
                ArchitectureLayer.WIRING);
    }
}
