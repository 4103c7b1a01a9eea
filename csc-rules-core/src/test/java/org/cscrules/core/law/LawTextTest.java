package org.cscrules.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legal reference in the jar reads, and a section that lacks what its chapter requires does not. */
class LawTextTest {

    private static final String SOURCE = """
            <a id="legislation"></a>
            ## Legislation

            <a id="si2006-reg14"></a>
            ### SI 2006/1738 regulation 14

            - **Cited as:** SI 2006/1738 reg. 14
            - **Address:** https://www.legislation.gov.uk/uksi/2006/1738/regulation/14
            - **Verification:** SECONDARY: the periods as others give them.
            - **Seen:** a page
            - **Words relied on:** "within working 10 days"
            - **Retrieved:** 2026-11-29
            - **The library takes:** stage 1 is answered
              within 10 working days.

            Further prose.

            <a id="settings"></a>
            ## Settings

            <a id="setting-a"></a>
            ### a

            - **Cited as:** LocalPolicy.a
            - **Question:** q
            - **Practice:** p
            - **Default:** d
            """;

    @Test
    void theReferenceInTheJarReadsWithSectionsOfEveryKind() {
        List<LawSection> sections = LawSection.all();
        assertThat(sections).extracting(LawSection::kind).contains(LawSection.Kind.values());
        assertThat(sections).extracting(LawSection::id).doesNotHaveDuplicates().allMatch(id -> id.matches(LawSection.ID_FORM));
        LawSection reg19 = LawSection.find("si2006-reg19").orElseThrow();
        assertThat(reg19.citedAs()).isEqualTo("SI 2006/1738 reg. 19");
        assertThat(reg19.address()).contains("https://www.legislation.gov.uk/uksi/2006/1738/regulation/19");
        assertThat(reg19.verification()).contains(Verification.VERIFIED);
        assertThat(reg19.text()).startsWith("### ").contains("30 working days");
        assertThat(reg19.link()).isEqualTo("docs/LAW.md#si2006-reg19");
        assertThat(LawSection.find("no-such-section")).isEmpty();
        assertThat(LawSection.find(null)).isEmpty();
    }

    @Test
    void aWellFormedReferenceGivesItsFieldsWithContinuationLines() {
        LawText text = LawText.parse(SOURCE);
        assertThat(text.sections()).extracting(LawSection::id).containsExactly("si2006-reg14", "setting-a");
        LawSection reg14 = text.byId().get("si2006-reg14");
        assertThat(reg14.kind()).isEqualTo(LawSection.Kind.LEGISLATION);
        assertThat(reg14.fields().get("The library takes")).isEqualTo("stage 1 is answered within 10 working days.");
        assertThat(reg14.verification()).contains(Verification.SECONDARY);
        assertThat(text.byId().get("setting-a").address()).isEmpty();
        assertThat(text.byId().get("setting-a").verification()).isEmpty();
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        String markdown = SOURCE.replace("- **Seen:** a page", "- **Seen:** a page\n- **Seen:** another page");
        assertThatThrownBy(() -> LawText.parse(markdown)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("si2006-reg14: the field \"Seen\" is given twice");
    }

    /** One row per way a section can fail; each must be reported, naming the section. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "- **Retrieved:** 2026-11-29|- **Retrieved:**|the field \"Retrieved\" is missing or empty",
            "- **Retrieved:** 2026-11-29|- **Retrieved:** TBD|a placeholder",
            "- **Retrieved:** 2026-11-29|- **Retrieved:** last week|must give the date",
            "- **Verification:** SECONDARY: the periods as others give them.|- **Verification:** probably|must start with VERIFIED",
            "https://www.legislation.gov.uk/uksi/2006/1738/regulation/14|https://example.org/reg14|the provision's own page",
            "- **Seen:** a page|- **Seen it:** a page|is not a field of a LEGISLATION section",
            "- **Default:** d|- **Default:** todo|a placeholder",
            "- **Default:** d|- **Default:** \u2014|a placeholder",
            "- **Default:** d|- **Default:** n/a|a placeholder",
            "https://www.legislation.gov.uk/uksi/2006/1738/regulation/14|https://www.legislation.gov.uk/uksi/2006/1738|the provision's own page",
            "<a id=\"setting-a\"></a>|<a id=\"si2006-reg14\"></a>|the id is used by two sections",
            "<a id=\"setting-a\"></a>|<a id=\"Setting-A\"></a>|an id must match",
            "<a id=\"settings\"></a>|<a id=\"appendix\"></a>|must be in a chapter"})
    void aSectionMissingWhatItsChapterRequiresIsRefused(String original, String broken, String problem) {
        assertThat(SOURCE).contains(original);
        String markdown = SOURCE.replace(original, broken);
        assertThatThrownBy(() -> LawText.parse(markdown)).isInstanceOf(IllegalStateException.class).hasMessageContaining(problem);
    }
}
