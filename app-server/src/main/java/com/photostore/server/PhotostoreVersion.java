package com.photostore.server;

import picocli.CommandLine;

/** The version this jar was built as, from its manifest. */
public final class PhotostoreVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"photostore " + (version == null ? "(development build)" : version)};
    }
}
