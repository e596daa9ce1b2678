package com.photostore.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Checks every rule of {@link ArchitectureRules} on the main classes below the root package that a module sees (its
 * own and its dependencies'); a module's {@code ArchitectureTest} extends it and names the layers it brings in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractArchitectureTest {
    private JavaClasses classes;

    /** The layers whose classes this module's classpath must contain, so that no rule about them passes vacuously. */
    protected abstract Set<ArchitectureLayer> expectedLayers();

    /** The root package of the code under test. */
    protected String rootPackage() {
        return ArchitectureRules.ROOT;
    }

    /** The classes the rules are checked on. */
    protected JavaClasses importedClasses() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(new MainClassesOnly()).importPackages(rootPackage());
        }
        return classes;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return ArchitectureRules.all(rootPackage()).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> check(rule)));
    }

    @Test
    void everyExpectedLayerHasClasses() {
        for (ArchitectureLayer layer : expectedLayers()) {
            String prefix = layer.packageName(rootPackage());
            assertThat(importedClasses().stream().filter(c -> isIn(c, prefix)).count())
                    .as("classes imported in %s", prefix).isPositive();
        }
    }

    @Test
    void noTestClassOrFixtureIsImported() {
        assertThat(importedClasses()).isNotEmpty();
        assertThat(importedClasses().stream().map(JavaClass::getName))
                .noneMatch(name -> name.startsWith(rootPackage() + ".archfixture."))
                .noneMatch(name -> name.endsWith("Test"));
    }

    private void check(ArchRule rule) {
        rule.check(importedClasses());
    }

    private static boolean isIn(JavaClass javaClass, String packageName) {
        String name = javaClass.getPackageName();
        return name.equals(packageName) || name.startsWith(packageName + ".");
    }
}
