package org.cscrules.core;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layering of csc-rules-core's packages, pinned: no package depends, however indirectly, on
 * one that depends on it, and each depends only on the layers below it. From the bottom:
 * <ol>
 *   <li>{@code law} (provisions, citations, the statutory timescales) and {@code validation} (the
 *       error contract), which depend on no other package of core;
 *   <li>{@code internal.constraint}, what the model's own constraints share;
 *   <li>{@code request}, the complaint as asked about, each type beside its own constraint;
 *   <li>{@code policy}, the council's settings;
 *   <li>{@code timescale}, the arithmetic of deadlines under a policy;
 *   <li>{@code decision}, the answer and its provenance;
 *   <li>{@code process}, a complaint's journey through its stages;
 *   <li>{@code internal.process}, {@code internal.validation} and {@code internal.whatif}, what the
 *       implementation shares;
 *   <li>{@code audit} and {@code report}, which read decisions and journeys;
 *   <li>the services ({@code org.cscrules.core}) and, above them, {@code remedy}, which replays kept
 *       records through them.
 * </ol>
 */
class ArchitectureTest {

    private static final String CORE = "org.cscrules.core";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    /** Each package of core is a slice of its own, so that a cycle between any two shows. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
            return "the packages of csc-rules-core";
        }
    };

    @Test
    void thePackagesAreFreeOfCycles() {
        ArchRule rule = slices().assignedFrom(PACKAGES).should().beFreeOfCycles();
        rule.check(CLASSES);
    }

    @Test
    void eachPackageDependsOnlyOnTheLayersBelowIt() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("law").definedBy(CORE + ".law..", CORE + ".internal.law..")
                .layer("validation").definedBy(CORE + ".validation..")
                .layer("constraint").definedBy(CORE + ".internal.constraint..")
                .layer("request").definedBy(CORE + ".request..")
                .layer("policy").definedBy(CORE + ".policy..")
                .layer("timescale").definedBy(CORE + ".timescale..")
                .layer("decision").definedBy(CORE + ".decision..")
                .layer("process").definedBy(CORE + ".process..")
                .layer("implementation").definedBy(CORE + ".internal.process..", CORE + ".internal.validation..",
                        CORE + ".internal.whatif..")
                .layer("audit").definedBy(CORE + ".audit..")
                .layer("report").definedBy(CORE + ".report..")
                .layer("services").definedBy(CORE)
                .layer("remedy").definedBy(CORE + ".remedy..")
                .whereLayer("law").mayOnlyAccessLayers("law")
                .whereLayer("validation").mayNotAccessAnyLayer()
                .whereLayer("constraint").mayOnlyAccessLayers("law")
                .whereLayer("request").mayOnlyAccessLayers("law", "constraint")
                .whereLayer("policy").mayOnlyAccessLayers("law", "validation", "request")
                .whereLayer("timescale").mayOnlyAccessLayers("law", "policy")
                .whereLayer("decision").mayOnlyAccessLayers("law", "request", "policy", "timescale")
                .whereLayer("process").mayOnlyAccessLayers("law", "constraint", "policy", "timescale", "decision")
                .whereLayer("implementation").mayOnlyAccessLayers("law", "validation", "request", "policy", "timescale",
                        "decision", "process")
                .whereLayer("audit").mayOnlyAccessLayers("law", "request", "policy", "timescale", "decision", "process")
                .whereLayer("report").mayOnlyAccessLayers("law", "request", "policy", "timescale", "decision", "process")
                .whereLayer("services").mayOnlyAccessLayers("law", "validation", "request", "policy", "timescale",
                        "decision", "process", "implementation", "audit", "report")
                .whereLayer("remedy").mayOnlyAccessLayers("law", "request", "policy", "timescale", "decision", "process",
                        "audit", "services");
        rule.check(CLASSES);
    }

    /** The layers above name every package: a new package must be placed in them before it can be used. */
    @Test
    void everyPackageIsInALayer() {
        Set<String> packages = CLASSES.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(packages).containsExactly(CORE, CORE + ".audit", CORE + ".decision", CORE + ".internal.constraint",
                CORE + ".internal.law", CORE + ".internal.process", CORE + ".internal.validation", CORE + ".internal.whatif",
                CORE + ".law", CORE + ".policy", CORE + ".process", CORE + ".remedy", CORE + ".report", CORE + ".request",
                CORE + ".timescale", CORE + ".validation");
    }
}
