package org.cscrules.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
                assertThat(c.citation().lawSections()).as("%s's sections all resolve", name)
                        .hasSameSizeAs(c.citation().sections());
                assertThat(c.citation().verification()).as("%s is no surer than its weakest source", name)
                        .isGreaterThanOrEqualTo(weakestSource(c.citation()));
                if (c.citation().verification() == Verification.UNVERIFIED) {
                    assertThat(c.basis()).as("%s rests on an unverified reading, so it is the council's setting or "
                            + "the library's own rule, never statute", name)
                            .isIn(Basis.LOCAL_POLICY, Basis.LIBRARY_PROCEDURE);
                }
                constants++;
            }
        }
        assertThat(constants).isGreaterThan(100);
    }

    /** The least sure verification among a citation's sources of law; VERIFIED when it cites none. */
    static Verification weakestSource(Citation citation) {
        return citation.lawSections().stream().flatMap(section -> section.verification().stream())
                .max(Comparator.naturalOrder()).orElse(Verification.VERIFIED);
    }

    @Test
    void enumsThatDoNotCiteAreOnlyReportingOrInputValues() throws IOException {
        assertThat(enumsOfCore().stream().filter(e -> !Cited.class.isAssignableFrom(e)).map(Class::getSimpleName))
                .allMatch(name -> List.of("Verification", "Basis", "Outcome", "Effect", "PeriodUnit", "Kind", "ChildViews",
                        "Understanding", "RepresentativeKind", "Suitability", "ReceiptMethod", "PointOfReceipt",
                        "ServiceArea", "Finding", "Stage1ExtensionCondition", "Stage1ClockStart", "Stage2ClockStart",
                        "TimeLimitTrigger", "Gatekeeping", "ChildConsent", "RepresentativeWithoutChildsViews",
                        "ConcurrentProceedings", "ReasonablyPracticable", "TransitionOutcome", "Status", "Delivery", "Disposal", "ProvenancePart").contains(name));
    }
}
