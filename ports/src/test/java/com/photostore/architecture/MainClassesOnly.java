package com.photostore.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/** Imports main classes only: no test classes of any module, no test-jar, and never the rule fixtures. */
public final class MainClassesOnly implements ImportOption {
    private static final ImportOption NOT_TEST_FOLDERS = new ImportOption.DoNotIncludeTests();
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");
    private static final String FIXTURES = "/com/photostore/archfixture/";

    @Override
    public boolean includes(Location location) {
        return NOT_TEST_FOLDERS.includes(location) && !location.matches(TEST_JAR) && !location.contains(FIXTURES);
    }
}
