package com.photostore.architecture;

import static com.photostore.architecture.ArchitectureLayer.ADAPTERS_AWS;
import static com.photostore.architecture.ArchitectureLayer.ADAPTERS_LOCAL;
import static com.photostore.architecture.ArchitectureLayer.APPLICATION;
import static com.photostore.architecture.ArchitectureLayer.DOMAIN;
import static com.photostore.architecture.ArchitectureLayer.LAMBDA;
import static com.photostore.architecture.ArchitectureLayer.PORT_IN;
import static com.photostore.architecture.ArchitectureLayer.PORT_OUT;
import static com.photostore.architecture.ArchitectureLayer.SERVER;
import static com.photostore.architecture.ArchitectureLayer.WIRING;
import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The dependency rules of DESIGN.md §1 over packages below a configurable root ({@code <root>.domain},
 * {@code .port.in}, {@code .port.out}, {@code .application}, {@code .adapters.<common|aws|local>.<technology>},
 * {@code .wiring} (the composition both apps share), {@code .lambda}, {@code .server}, the apps' {@code ..wiring..}), where {@link #SUPPORT} names the packages adapters
 * may share (one per adapter kind), because small helpers such as timeouts, byte limits or the AWS clients'
 * common configuration are not an adapter of their own and would otherwise be copied between adapters.
 */
public final class ArchitectureRules {
    /** The root package of the real code. */
    public static final String ROOT = "com.photostore";
    /**
     * The shared support package of each adapter kind ({@code adapters.common.support}, {@code adapters.aws.support},
     * ...), below the root; it may not depend on any other adapter package.
     */
    public static final String SUPPORT = "adapters.*.support";

    private static final String JAVA = "java..";
    /** The JDK's own cryptography (module java.base), which the services use to sign cursors. */
    private static final String JDK_CRYPTO = "javax.crypto..";
    private static final String[] FRAMEWORKS = {"software.amazon..", "org.jooq..", "redis.clients..",
        "io.jsonwebtoken..", "com.fasterxml.jackson..", "tools.jackson..", "io.javalin..", "dagger..",
        "javax.inject..", "jakarta..", "io.minio..", "java.sql..", "javax.sql..", "com.amazonaws.."};
    private static final String APP_WIRING = "..wiring..";
    private static final String LAMBDA_RUNTIME = "com.amazonaws.services.lambda.runtime..";
    /** The local adapter package of the embedded S3 server, whose blob-store API takes the AWS SDK's S3 model types. */
    private static final String OBJECT_SERVER = "objectserver";
    private static final String S3_MODEL = "software.amazon.awssdk.services.s3.model..";

    private ArchitectureRules() {
    }

    /** Every rule, for the code below {@code root}. */
    public static List<ArchRule> all(String root) {
        return List.of(
                domainDependsOnlyOnJava(root),
                portsDependOnlyOnJavaAndDomain(root),
                coreUsesNoFrameworkTypes(root),
                coreCarriesOnlyJavaAnnotations(root),
                portInDoesNotSeePortOut(root),
                portOutDoesNotSeePortIn(root),
                adaptersDoNotCallServices(root),
                appsCallServicesOnlyFromWiring(root),
                sharedWiringSitsBetweenAdaptersAndApps(root),
                adapterPackagesAreIndependent(root),
                localAdaptersDoNotUseAwsAdapters(root),
                awsSdkOnlyInAwsAdaptersAndWiring(root),
                javalinOnlyInServer(root),
                lambdaRuntimeOnlyInLambda(root),
                noCyclesBetweenTopLevelPackages(root),
                noCyclesBetweenSecondLevelPackages(root));
    }

    /** Rule 1: the domain uses the JDK only. */
    public static ArchRule domainDependsOnlyOnJava(String root) {
        return classes().that().resideInAPackage(DOMAIN.packagePattern(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, DOMAIN.packagePattern(root))
                .as("domain depends only on java.. (rule 1)")
                .allowEmptyShould(false);
    }

    /** Rule 2: use cases, out ports and services use the JDK (java.base: {@code java..}, {@code javax.crypto..}) and the domain only. */
    public static ArchRule portsDependOnlyOnJavaAndDomain(String root) {
        return classes().that().resideInAnyPackage(portsPatterns(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, JDK_CRYPTO, DOMAIN.packagePattern(root),
                        PORT_IN.packagePattern(root), PORT_OUT.packagePattern(root), APPLICATION.packagePattern(root))
                .as("port.in, port.out and application depend only on the JDK (java.., javax.crypto..) and domain (rule 2)")
                .allowEmptyShould(false);
    }

    /** Rule 3: no framework or SDK type, not even the JDK's {@code java.sql}, appears in the core. */
    public static ArchRule coreUsesNoFrameworkTypes(String root) {
        return noClasses().that().resideInAnyPackage(corePatterns(root))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .as("domain and ports use no framework or SDK types (rule 3)")
                .allowEmptyShould(false);
    }

    /** Rule 3: the core carries no annotation from outside {@code java..} (wiring happens in the apps). */
    public static ArchRule coreCarriesOnlyJavaAnnotations(String root) {
        return classes().that().resideInAnyPackage(corePatterns(root))
                .should(JavaAnnotationsOnly.condition())
                .as("domain and ports carry no annotations from outside java.. (rule 3)")
                .allowEmptyShould(false);
    }

    /** Rule 4: use cases do not see out ports. */
    public static ArchRule portInDoesNotSeePortOut(String root) {
        return noClasses().that().resideInAPackage(PORT_IN.packagePattern(root))
                .should().dependOnClassesThat().resideInAPackage(PORT_OUT.packagePattern(root))
                .as("port.in does not depend on port.out (rule 4)")
                .allowEmptyShould(false);
    }

    /** Rule 4: out ports do not see use cases. */
    public static ArchRule portOutDoesNotSeePortIn(String root) {
        return noClasses().that().resideInAPackage(PORT_OUT.packagePattern(root))
                .should().dependOnClassesThat().resideInAPackage(PORT_IN.packagePattern(root))
                .as("port.out does not depend on port.in (rule 4)")
                .allowEmptyShould(false);
    }

    /** Rule 5: adapters call use cases, never the services behind them. */
    public static ArchRule adaptersDoNotCallServices(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters..")
                .should().dependOnClassesThat().resideInAPackage(APPLICATION.packagePattern(root))
                .as("adapters do not depend on application services (rule 5)")
                .allowEmptyShould(true);
    }

    /** Rule 5: the apps reach services only in their wiring packages. */
    public static ArchRule appsCallServicesOnlyFromWiring(String root) {
        return noClasses().that().resideInAnyPackage(LAMBDA.packagePattern(root), SERVER.packagePattern(root))
                .and().resideOutsideOfPackages(wiringPatterns(root))
                .should().dependOnClassesThat().resideInAPackage(APPLICATION.packagePattern(root))
                .as("lambda and server depend on application services only in ..wiring.. (rule 5)")
                .allowEmptyShould(true);
    }

    /**
     * Rule 5: the wiring both apps share composes adapters and services for them: it depends on neither app, and
     * neither the core nor an adapter depends on it.
     */
    public static ArchRule sharedWiringSitsBetweenAdaptersAndApps(String root) {
        ArchRule belowTheApps = noClasses().that().resideInAPackage(WIRING.packagePattern(root))
                .should().dependOnClassesThat().resideInAnyPackage(LAMBDA.packagePattern(root),
                        SERVER.packagePattern(root))
                .allowEmptyShould(true);
        ArchRule aboveTheAdapters = noClasses().that().resideInAnyPackage(corePatterns(root))
                .or().resideInAPackage(root + ".adapters..")
                .should().dependOnClassesThat().resideInAPackage(WIRING.packagePattern(root))
                .allowEmptyShould(true);
        return CompositeArchRule.of(belowTheApps).and(aboveTheAdapters)
                .as("wiring depends on neither app, and no core or adapter class depends on wiring (rule 5)");
    }

    /** Rule 6: each adapter package ({@code adapters.<kind>.<technology>}) stands alone, except for the support package. */
    public static ArchRule adapterPackagesAreIndependent(String root) {
        return slices().matching(root + ".adapters.(*).(*)..").namingSlices("adapters.$1.$2")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage(root + "." + SUPPORT + ".."))
                .as("adapter packages do not depend on each other, except on " + SUPPORT + " (rule 6)")
                .allowEmptyShould(true);
    }

    /** Rule 6: the offline stack never needs the AWS adapters. */
    public static ArchRule localAdaptersDoNotUseAwsAdapters(String root) {
        return noClasses().that().resideInAPackage(ADAPTERS_LOCAL.packagePattern(root))
                .should().dependOnClassesThat().resideInAPackage(ADAPTERS_AWS.packagePattern(root))
                .as("adapters.local does not depend on adapters.aws (rule 6)")
                .allowEmptyShould(true);
    }

    /**
     * Rule 7: the AWS SDK appears only in the AWS adapters and in the apps' wiring, except the S3 model types in the
     * local object server, because the embedded S3 server's blob-store API is written in them.
     */
    public static ArchRule awsSdkOnlyInAwsAdaptersAndWiring(String root) {
        DescribedPredicate<JavaClass> awsSdk = resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .and(not(resideInAPackage(LAMBDA_RUNTIME)))
                .as("AWS SDK types");
        String objectServer = ADAPTERS_LOCAL.packageName(root) + "." + OBJECT_SERVER;
        ArchRule elsewhere = noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(ADAPTERS_AWS.packagePattern(root), WIRING.packagePattern(root),
                        LAMBDA.packageName(root) + APP_WIRING, SERVER.packageName(root) + APP_WIRING, objectServer + "..")
                .should().dependOnClassesThat(awsSdk)
                .as("the AWS SDK is used only in adapters.aws, wiring and the apps' wiring (rule 7)")
                .allowEmptyShould(false);
        ArchRule inObjectServer = noClasses().that().resideInAPackage(objectServer + "..")
                .should().dependOnClassesThat(awsSdk.and(not(resideInAPackage(S3_MODEL))).as("AWS SDK types but S3's model"))
                .as("adapters.local." + OBJECT_SERVER + " uses only the S3 model types of the AWS SDK (rule 7)")
                .allowEmptyShould(true);
        return CompositeArchRule.of(elsewhere).and(inObjectServer);
    }

    /** Rule 7: Javalin appears only in the server app. */
    public static ArchRule javalinOnlyInServer(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(SERVER.packagePattern(root))
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .as("Javalin is used only in server (rule 7)")
                .allowEmptyShould(false);
    }

    /** Rule 7: the AWS Lambda runtime types appear only in the Lambda app. */
    public static ArchRule lambdaRuntimeOnlyInLambda(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(LAMBDA.packagePattern(root))
                .should().dependOnClassesThat().resideInAPackage(LAMBDA_RUNTIME)
                .as("AWS Lambda runtime types are used only in lambda (rule 7)")
                .allowEmptyShould(false);
    }

    /**
     * Rule 8: no cycles between the packages right below the root ({@code domain}, {@code port}, {@code adapters}, …);
     * checked with {@link PackageCyclesCondition} because ArchUnit 1.5.0's {@code slices().should().beFreeOfCycles()}
     * missed a cycle of the fixtures when other cycles were present.
     */
    public static ArchRule noCyclesBetweenTopLevelPackages(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new PackageCyclesCondition(root, 1))
                .as("packages right below " + root + " are free of cycles (rule 8)")
                .allowEmptyShould(false);
    }

    /** Rule 8: no cycles between packages cut two levels below the root ({@code domain.photo}, {@code port.in}, {@code lambda}, …). */
    public static ArchRule noCyclesBetweenSecondLevelPackages(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new PackageCyclesCondition(root, 2))
                .as("second-level packages below " + root + " are free of cycles (rule 8)")
                .allowEmptyShould(false);
    }

    private static String[] portsPatterns(String root) {
        return new String[] {PORT_IN.packagePattern(root), PORT_OUT.packagePattern(root), APPLICATION.packagePattern(root)};
    }

    private static String[] corePatterns(String root) {
        return new String[] {DOMAIN.packagePattern(root), PORT_IN.packagePattern(root), PORT_OUT.packagePattern(root),
            APPLICATION.packagePattern(root)};
    }

    private static String[] wiringPatterns(String root) {
        return new String[] {LAMBDA.packageName(root) + APP_WIRING, SERVER.packageName(root) + APP_WIRING};
    }
}
