package com.photostore.lambda.runtime;

import java.util.List;

/**
 * The JVM flags the managed Java runtime starts a function with: heap, metaspace and code cache cut from the memory size
 * (85 %, 10 %, 5 %), the serial collector, class data sharing, tiered compilation stopping at C1 (the Java 17 runtime's
 * default) and the properties the runtime interface client expects.
 */
final class JavaRuntimeFlags {

    private JavaRuntimeFlags() {
    }

    static List<String> forMemory(int memoryMb) {
        long totalKb = memoryMb * 1024L;
        long metaspaceKb = totalKb / 10;
        long codeCacheKb = totalKb / 20;
        long heapKb = totalKb - metaspaceKb - codeCacheKb;
        return List.of(
                "-XX:MaxHeapSize=" + heapKb + "k",
                "-XX:MaxMetaspaceSize=" + metaspaceKb + "k",
                "-XX:ReservedCodeCacheSize=" + codeCacheKb + "k",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac",
                "-XX:+ErrorFileToStderr");
    }
}
