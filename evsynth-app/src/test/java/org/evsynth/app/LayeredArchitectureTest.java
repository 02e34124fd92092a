package org.evsynth.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module graph, held on the compiled classes of every module (as JabRef's MainArchitectureTest does): stats and
 * records depend on nothing of ours; review may use records and stats; report may use review, records and stats;
 * the app (the CLI, later the web app) sits on top and nothing reaches up to it. Only the shells touch the standard
 * streams or end the process: a library that prints or exits cannot be used by a web server.
 */
@AnalyzeClasses(packages = "org.evsynth", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeredArchitectureTest {

    @ArchTest
    static final ArchRule modulesDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("stats").definedBy("org.evsynth.stats..")
            .layer("records").definedBy("org.evsynth.records..")
            .layer("review").definedBy("org.evsynth.review..")
            .layer("report").definedBy("org.evsynth.report..")
            .layer("app").definedBy("org.evsynth.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("app")
            .whereLayer("review").mayOnlyBeAccessedByLayers("report", "app")
            .whereLayer("records").mayOnlyBeAccessedByLayers("review", "report", "app")
            .whereLayer("stats").mayOnlyBeAccessedByLayers("review", "report", "app");

    @ArchTest
    static final ArchRule onlyTheShellsUseTheStandardStreams = noClasses()
            .that().resideOutsideOfPackage("org.evsynth.app..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().accessField(System.class, "in")
            .orShould().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("only the CLI and the web app decide what a person sees and when the process ends");
}
