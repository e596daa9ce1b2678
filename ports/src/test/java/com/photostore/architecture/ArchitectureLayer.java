package com.photostore.architecture;

/** The layers of the system, each named by the package it lives in below the root package. */
public enum ArchitectureLayer {
    DOMAIN("domain"),
    PORT_IN("port.in"),
    PORT_OUT("port.out"),
    APPLICATION("application"),
    ADAPTERS_COMMON("adapters.common"),
    ADAPTERS_AWS("adapters.aws"),
    ADAPTERS_LOCAL("adapters.local"),
    WIRING("wiring"),
    LAMBDA("lambda"),
    SERVER("server");

    private final String relativePackage;

    ArchitectureLayer(String relativePackage) {
        this.relativePackage = relativePackage;
    }

    /** The layer's package below {@code root}, for example {@code com.photostore.port.in}. */
    public String packageName(String root) {
        return root + "." + relativePackage;
    }

    /** The ArchUnit pattern of the layer's package and everything below it. */
    public String packagePattern(String root) {
        return packageName(root) + "..";
    }
}
