package org.cscrules.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every enum constant that stands for a statutory category carries a citation that resolves to
 * its sections of docs/LAW.md and claims no more certainty than they do: the test walks every
 * enum class compiled into csc-rules-core and checks each one implementing {@link Cited}.
 */
class CitationCoverageTest {

    private static List<Class<?>> enumsOfCore() throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replace('\\', '.').replace(".class", ""))
                    .map(CitationCoverageTest::load)
                    .filter(Class::isEnum)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyCitedConstantHasACitation() throws IOException {
        List<Class<?>> cited = enumsOfCore().stream().filter(Cited.class::isAssignableFrom).toList();
        assertThat(cited).extracting(Class::getSimpleName).contains("ComplainantRole", "ChildStatus",
                "LocalAuthorityFunction", "FunctionScope", "Grievance", "Circumstance", "RepresentationMode",
                "RequiredAction", "AlternativeRoute", "Timescale", "Stage", "EventType", "LegalChange", "PolicySetting");
        int constants = 0;
        for (Class<?> type : cited) {
            for (Object constant : type.getEnumConstants()) {
                Cited c = (Cited) constant;
                String name = type.getSimpleName() + "." + constant;
                assertThat(c.citation().reference()).as(name).isNotBlank();
                assertThat(c.basis()).as(name).isNotNull();
                assertThat(c.citation().sections()).as("%s names its sections of docs/LAW.md", name).isNotEmpty();
                assertThat(org.cscrules.core.internal.law.LabelCheck.problems(c.citation(), c.basis()))
                        .as("%s's labels claim no more than its sections", name).isEmpty();
                constants++;
            }
        }
        assertThat(constants).isGreaterThan(100);
    }

    /**
     * A setting is the council's choice, and rests on its own section of the legal reference; the one
     * exception enters law a release cannot know of (a bank holiday proclaimed after its data), and
     * rests on statute.
     */
    @Test
    void everySettingRestsOnLocalPolicyAndItsOwnSection() {
        for (org.cscrules.core.policy.PolicySetting setting : org.cscrules.core.policy.PolicySetting.values()) {
            assertThat(setting.basis()).as(setting.settingName()).isEqualTo(
                    setting == org.cscrules.core.policy.PolicySetting.PROCLAIMED_BANK_HOLIDAYS ? Basis.STATUTE : Basis.LOCAL_POLICY);
            assertThat(setting.citation().sections()).as(setting.settingName()).contains(setting.lawSectionId());
            assertThat(setting.citedAs().citation().sections()).containsExactly(setting.lawSectionId());
        }
    }

    @Test
    void enumsThatDoNotCiteAreOnlyReportingOrInputValues() throws IOException {
        assertThat(enumsOfCore().stream().filter(e -> !Cited.class.isAssignableFrom(e)).map(Class::getSimpleName))
                .allMatch(name -> List.of("Verification", "Basis", "Outcome", "Effect", "PeriodUnit", "Kind", "ChildViews",
                        "Understanding", "RepresentativeKind", "Suitability", "ReceiptMethod", "PointOfReceipt",
                        "ServiceArea", "Finding", "Stage1ExtensionCondition", "Stage1ClockStart", "Stage2ClockStart",
                        "TimeLimitTrigger", "Gatekeeping", "ChildConsent", "RepresentativeWithoutChildsViews",
                        "ConcurrentProceedings", "ReasonablyPracticable", "TransitionOutcome", "Status", "Delivery", "Disposal", "ProvenancePart",
                        "Rounding", "ReportStage", "Decision", "Sex", "EthnicGroup", "Disability", "TimelinessYear",
                        "Fate", "Role",
                        // the remedy list: this release's corrections, each named by its finding and its rules, which cite
                        "Correction").contains(name));
    }
}
