package org.cscrules.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of the published modules, pinned over their jars as a caller's classpath has them:
 * the calendar uses nothing of csc-rules; core uses only the calendar; the rules (drl) use core and
 * the calendar, never the JSON module, the test kit or the command; and only the rules reach into
 * core's internal packages, which no other module, and no caller, may use. Maven's dependency graph
 * holds the first three by itself; nothing else holds the last.
 */
class ModuleLayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cscrules.calendar", "org.cscrules.core", "org.cscrules.drl", "org.cscrules.json",
                    "org.cscrules.test", "org.cscrules.cli", "org.cscrules.examples");

    /** The rules below are about classes that are there: each module's are imported, so that no rule passes empty. */
    @Test
    void everyModulesClassesAreImported() {
        org.assertj.core.api.Assertions.assertThat(CLASSES.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("calendar", "core", "drl", "json", "test", "cli", "examples");
        org.assertj.core.api.Assertions.assertThat(CLASSES.stream().filter(c -> c.getPackageName().startsWith("org.cscrules.core.internal")))
                .isNotEmpty();
    }

    @Test
    void theCalendarUsesNothingOfCscRules() {
        noClasses().that().resideInAPackage("org.cscrules.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cscrules.core..", "org.cscrules.drl..",
                        "org.cscrules.json..", "org.cscrules.test..", "org.cscrules.cli..", "org.cscrules.examples..")
                .check(CLASSES);
    }

    @Test
    void coreUsesOnlyTheCalendar() {
        noClasses().that().resideInAPackage("org.cscrules.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cscrules.drl..", "org.cscrules.json..",
                        "org.cscrules.test..", "org.cscrules.cli..", "org.cscrules.examples..")
                .check(CLASSES);
    }

    @Test
    void theRulesUseOnlyCoreAndTheCalendar() {
        noClasses().that().resideInAPackage("org.cscrules.drl..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cscrules.json..", "org.cscrules.test..",
                        "org.cscrules.cli..", "org.cscrules.examples..")
                .check(CLASSES);
    }

    @Test
    void onlyTheRulesUseCoresInternals() {
        noClasses().that().resideOutsideOfPackages("org.cscrules.core..", "org.cscrules.drl..")
                .should().dependOnClassesThat().resideInAPackage("org.cscrules.core.internal..")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideTheRulesUsesTheirInternals() {
        noClasses().that().resideOutsideOfPackage("org.cscrules.drl..")
                .should().dependOnClassesThat().resideInAPackage("org.cscrules.drl.internal..")
                .check(CLASSES);
    }
}
