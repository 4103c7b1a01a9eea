package org.cscrules.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A citation is written once, as a template naming its sections, and resolves to them with no network. */
class CitationTest {

    @Test
    void aTemplateReadsAsTheProvisionsItNamesWithTheirPinpoints() {
        Citation citation = Citation.secondary("{ca1989-s26}(3)(e); {si2006-reg12}");
        assertThat(citation.reference()).isEqualTo("Children Act 1989 s26(3)(e); SI 2006/1738 reg. 12");
        assertThat(citation.sections()).containsExactly("ca1989-s26", "si2006-reg12");
        assertThat(citation.verification()).isEqualTo(Verification.SECONDARY);
        assertThat(citation.lawSections()).extracting(LawSection::id).containsExactly("ca1989-s26", "si2006-reg12");
        assertThat(citation.addresses()).containsExactly("https://www.legislation.gov.uk/ukpga/1989/41/section/26",
                "https://www.legislation.gov.uk/uksi/2006/1738/regulation/12");
        assertThat(citation).hasToString(citation.reference());
    }

    @Test
    void aSectionNamedTwiceIsListedOnceAndASettingHasNoAddress() {
        Citation citation = Citation.unverified("{setting-gatekeeping}; {si2006-reg15}(2), {si2006-reg15}(3)");
        assertThat(citation.sections()).containsExactly("setting-gatekeeping", "si2006-reg15");
        assertThat(citation.addresses()).containsExactly("https://www.legislation.gov.uk/uksi/2006/1738/regulation/15");
    }

    @Test
    void aTemplateMustNameKnownSections() {
        assertThatThrownBy(() -> Citation.verified("SI 2006/1738 reg. 14")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one section");
        assertThatThrownBy(() -> Citation.verified("{si2006-reg99}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks: si2006-reg99");
        assertThatThrownBy(() -> Citation.of(Verification.VERIFIED, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCitationFromAnEarlierOrLaterReleaseKeepsWhatItCanResolve() {
        Citation old = new Citation("SI 2006/1738 reg. 14", Verification.SECONDARY, null);
        assertThat(old.sections()).isEmpty();
        assertThat(old.lawSections()).isEmpty();
        Citation later = new Citation("A provision", Verification.SECONDARY, List.of("si2006-reg14", "a-section-added-later"));
        assertThat(later.lawSections()).extracting(LawSection::id).containsExactly("si2006-reg14");
        assertThat(new Citation("x", Verification.SECONDARY, List.of("An Id Of Another Form")).lawSections())
                .as("an id this release cannot know does not make a stored record unreadable").isEmpty();
        assertThatThrownBy(() -> new Citation("x", Verification.SECONDARY, List.of(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Citation(" ", Verification.SECONDARY, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** A reason resting on a category and a function cites both, each provision once, as sure as the weaker. */
    @Test
    void twoCitationsJoinEachProvisionOnceAtTheWeakerVerification() {
        Citation category = Citation.secondary("{ca1989-s26}(3C)(a), (b); {si2006-reg5}");
        Citation function = Citation.unverified("{si2006-reg5}; {ca1989-s14f}");
        Citation both = category.and(function);
        assertThat(both.reference()).isEqualTo("Children Act 1989 s26(3C)(a), (b); SI 2006/1738 reg. 5; Children Act 1989 s14F");
        assertThat(both.sections()).containsExactly("ca1989-s26", "si2006-reg5", "ca1989-s14f");
        assertThat(both.verification()).isEqualTo(Verification.UNVERIFIED);
        assertThat(category.and(category)).isEqualTo(category);
    }
}
