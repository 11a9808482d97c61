package io.ordo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

@AnalyzeClasses(packages = "io.ordo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CONTEXTS = {"identity", "inventory", "ordering", "payments", "reporting"};

    @ArchTest
    static final ArchRule domain_logic_is_free_of_framework_plumbing = noClasses()
            .that().resideInAPackage("io.ordo..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..",
                    "org.eclipse.microprofile..", "io.smallrye..", "io.vertx..")
            .because("the domain states business rules; HTTP, CDI, transactions and messaging are the edges' job");

    @ArchTest
    static final ArchRule platform_knows_no_context = noClasses()
            .that().resideInAPackage("io.ordo.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(contextPackages())
            .because("the platform is plumbing every context builds on, not a place for business knowledge");

    @ArchTest
    static final ArchRule rest_resources_do_not_touch_the_database = noClasses()
            .that().resideInAPackage("io.ordo..api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..")
            .because("resources translate HTTP to application calls; transactions and queries live behind them");

    @ArchTest
    static final ArchRule contexts_meet_only_through_their_published_language = SlicesRuleDefinition.slices()
            .matching("io.ordo.(*)..")
            .namingSlices("$1")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            "io.ordo.platform..", "io.ordo.inventory.published..", "io.ordo.ordering.published..",
                            "io.ordo.payments.published..", "io.ordo.identity.published..",
                            "io.ordo.reporting.published.."))
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("io.ordo.api.."),
                    com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
            .because("a context calls another's published service or reacts to its events, never its internals");

    private static String[] contextPackages() {
        String[] packages = new String[CONTEXTS.length];
        for (int i = 0; i < CONTEXTS.length; i++) {
            packages[i] = "io.ordo." + CONTEXTS[i] + "..";
        }
        return packages;
    }
}
