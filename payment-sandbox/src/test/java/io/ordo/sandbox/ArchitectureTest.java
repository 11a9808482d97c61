package io.ordo.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ordo.sandbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ledgerKnowsNoTransport = noClasses().that().resideInAPackage("..ledger..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.ordo.sandbox.http..", "io.ordo.sandbox.behaviour..", "com.sun.net.httpserver..",
                    "com.fasterxml.jackson..")
            .because("the gateway's books must read the same whether called over HTTP, from a test or from a CLI");

    @ArchTest
    static final ArchRule behaviourKnowsNoTransport = noClasses().that().resideInAPackage("..behaviour..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.ordo.sandbox.http..", "io.ordo.sandbox.ledger..", "com.sun.net.httpserver..",
                    "com.fasterxml.jackson..")
            .because("faults are decided from plain values; only the HTTP layer knows how to carry them out");
}
