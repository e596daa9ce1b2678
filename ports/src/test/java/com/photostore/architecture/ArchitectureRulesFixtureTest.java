package com.photostore.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Shows that each rule fails on a deliberately bad fixture class and holds on a well-built fixture system. */
class ArchitectureRulesFixtureTest {
    private static final String GOOD = "com.photostore.archfixture.good";
    private static final String BAD = "com.photostore.archfixture.bad";
    private static final JavaClasses GOOD_CLASSES = new ClassFileImporter().importPackages(GOOD);
    private static final JavaClasses BAD_CLASSES = new ClassFileImporter().importPackages(BAD);

    static Stream<Arguments> rulesAndTheirBadFixtures() {
        return Stream.of(
                rule(ArchitectureRules::domainDependsOnlyOnJava, bad("domain.album.AlbumWithRepository"),
                        innocent("domain.album.SqlAlbum")),
                rule(ArchitectureRules::portsDependOnlyOnJavaAndDomain,
                        bad("application.service.AdapterUsingService", "port.out.SdkBackedRepository"),
                        innocent("port.out.AlbumRepository")),
                rule(ArchitectureRules::coreUsesNoFrameworkTypes,
                        bad("domain.album.SqlAlbum", "port.out.SdkBackedRepository"), innocent("domain.album.InjectedAlbum")),
                rule(ArchitectureRules::coreCarriesOnlyJavaAnnotations,
                        bad("domain.album.InjectedAlbum", "port.in.AnnotatedUseCase"), innocent("domain.album.SqlAlbum")),
                rule(ArchitectureRules::portInDoesNotSeePortOut, bad("port.in.PeekingUseCase"),
                        innocent("port.in.AnnotatedUseCase")),
                rule(ArchitectureRules::portOutDoesNotSeePortIn, bad("port.out.CallbackRepository"),
                        innocent("port.out.SdkBackedRepository")),
                rule(ArchitectureRules::adaptersDoNotCallServices, bad("adapters.common.http.ServiceCallingRoutes"),
                        innocent("adapters.common.http.PostgresUsingRoutes")),
                rule(ArchitectureRules::appsCallServicesOnlyFromWiring, bad("server.ServiceCallingController"),
                        innocent("server.wiring.ServerWiring")),
                rule(ArchitectureRules::sharedWiringSitsBetweenAdaptersAndApps,
                        bad("wiring.ServerAwareWiring", "adapters.common.http.WiredRoutes"),
                        innocent("wiring.AlbumWiring")),
                rule(ArchitectureRules::adapterPackagesAreIndependent,
                        bad("adapters.common.http.PostgresUsingRoutes", "adapters.local.minio.S3UsingMinioStore",
                                "adapters.common.support.AdapterUsingSupport"),
                        innocent("adapters.common.http.JavalinRoutes")),
                rule(ArchitectureRules::localAdaptersDoNotUseAwsAdapters, bad("adapters.local.minio.S3UsingMinioStore"),
                        innocent("adapters.local.minio.SdkUsingMinioStore")),
                rule(ArchitectureRules::awsSdkOnlyInAwsAdaptersAndWiring,
                        bad("adapters.local.minio.SdkUsingMinioStore", "port.out.SdkBackedRepository"),
                        innocent("server.LambdaAwareServer")),
                rule(ArchitectureRules::javalinOnlyInServer, bad("adapters.common.http.JavalinRoutes"),
                        innocent("server.LambdaAwareServer")),
                rule(ArchitectureRules::lambdaRuntimeOnlyInLambda, bad("server.LambdaAwareServer"),
                        innocent("adapters.common.http.JavalinRoutes")),
                rule(ArchitectureRules::noCyclesBetweenTopLevelPackages,
                        bad("adapters.common.http.ServiceCallingRoutes", "application.service.AdapterUsingService"),
                        innocent("domain.alpha.Alpha")),
                rule(ArchitectureRules::noCyclesBetweenSecondLevelPackages, bad("domain.alpha.Alpha", "domain.beta.Beta"),
                        innocent("adapters.local.minio.SdkUsingMinioStore")));
    }

    @ParameterizedTest
    @MethodSource("rulesAndTheirBadFixtures")
    void eachRuleFailsOnItsBadFixtureAndNamesTheBadClasses(Function<String, ArchRule> rule, List<String> badClasses,
                                                           List<String> innocentClasses) {
        EvaluationResult result = rule.apply(BAD).evaluate(BAD_CLASSES);
        assertThat(result.hasViolation()).isTrue();
        String report = result.getFailureReport().toString();
        for (String badClass : badClasses) {
            assertThat(report).contains(badClass);
        }
        for (String innocent : innocentClasses) {
            assertThat(report).doesNotContain(innocent + ".").doesNotContain(innocent + ">")
                    .doesNotContain(innocent + " ");
        }
    }

    @ParameterizedTest
    @MethodSource("rulesAndTheirBadFixtures")
    void eachRuleHoldsOnTheGoodFixture(Function<String, ArchRule> rule) {
        EvaluationResult result = rule.apply(GOOD).evaluate(GOOD_CLASSES);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void everyRuleHasABadFixture() {
        List<String> covered = rulesAndTheirBadFixtures()
                .map(arguments -> ((Named<?>) arguments.get()[0]).getName()).toList();
        List<String> all = ArchitectureRules.all(BAD).stream().map(ArchRule::getDescription).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void theGoodFixtureHasEveryLayerSoNoRuleHoldsVacuously() {
        for (ArchitectureLayer layer : ArchitectureLayer.values()) {
            String prefix = layer.packageName(GOOD) + ".";
            assertThat(GOOD_CLASSES.stream().filter(c -> c.getName().startsWith(prefix)).count())
                    .as("classes in %s", prefix).isPositive();
        }
    }

    @Test
    void theRealArchitectureTestImportsNeitherFixturesNorTestJars() {
        assertThat(mainOnly("file:///repo/ports/target/test-classes/com/photostore/archfixture/bad/X.class")).isFalse();
        assertThat(mainOnly("file:///repo/ports/target/classes/com/photostore/archfixture/bad/X.class")).isFalse();
        assertThat(mainOnly("jar:file:///m2/ports-0.1.0-tests.jar!/com/photostore/architecture/X.class")).isFalse();
        assertThat(mainOnly("jar:file:///m2/ports-0.1.0.jar!/com/photostore/port/in/X.class")).isTrue();
        assertThat(mainOnly("file:///repo/domain/target/classes/com/photostore/domain/X.class")).isTrue();
    }

    private static Arguments rule(Function<String, ArchRule> rule, List<String> badClasses, List<String> innocentClasses) {
        return Arguments.of(Named.of(rule.apply(BAD).getDescription(), rule), badClasses, innocentClasses);
    }

    private static boolean mainOnly(String uri) {
        return new MainClassesOnly().includes(Location.of(URI.create(uri)));
    }

    private static List<String> bad(String... relativeNames) {
        return Arrays.stream(relativeNames).map(name -> BAD + "." + name).toList();
    }

    private static List<String> innocent(String... relativeNames) {
        return bad(relativeNames);
    }
}
