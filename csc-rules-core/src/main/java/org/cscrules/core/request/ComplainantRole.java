package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.statute;

import java.util.Optional;
import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * Who the complainant is in relation to the child: the categories of persons who may make
 * representations (Children Act 1989 s26(3), (3B), (3C), s24D and SI 2006/1738 reg. 21, listed
 * and numbered in the legal reference, {@code docs/LAW.md#who-may-complain}), plus {@link
 * #NONE_OF_THESE}.
 */
public enum ComplainantRole implements Cited {

    /** A child looked after by the local authority (category 1). */
    CHILD_LOOKED_AFTER("a child looked after by the council", statute(secondary("{ca1989-s26}(3)(a)"))),
    /** A child in need (s17(10)) who is not looked after; disabled children are children in need (category 1). */
    CHILD_IN_NEED("a child in need", statute(secondary("{ca1989-s26}(3)(a)"))),
    /** A parent of a child looked after or in need (category 2). */
    PARENT("a parent", statute(secondary("{ca1989-s26}(3)(b)"))),
    /** A person, not a parent, with parental responsibility for a child looked after or in need (category 3). */
    PARENTAL_RESPONSIBILITY_HOLDER("a person, not a parent, with parental responsibility", statute(secondary("{ca1989-s26}(3)(c)"))),
    /** A local authority foster parent (category 4). */
    LOCAL_AUTHORITY_FOSTER_PARENT("a local authority foster parent", statute(secondary("{ca1989-s26}(3)(d)"))),
    /**
     * A foster carer of a child the authority placed through an independent fostering agency:
     * category 4 where the council so reads the law, otherwise a person with sufficient interest
     * ({@code LocalPolicy.independentFosteringAgencyCarersAreFosterParents}).
     */
    INDEPENDENT_FOSTERING_AGENCY_CARER("a carer from an independent fostering agency", localPolicy(unverified("{ca1989-s26}(3)(d), as councils read it; {setting-independent-fostering-agency-carers-are-foster-parents}"))),
    /**
     * Anyone else the authority considers has sufficient interest in the welfare of a child
     * looked after or in need: a grandparent, another relative, a kinship carer without parental
     * responsibility, an advocate (category 5). The authority decides under reg. 12.
     */
    SUFFICIENT_INTEREST_IN_CHILD("anyone else with a sufficient interest in the child", statute(secondary("{ca1989-s26}(3)(e); {si2006-reg12}"))),
    /** A child who may be adopted (Adoption and Children Act 2002 s3(1); category 6). */
    CHILD_WHO_MAY_BE_ADOPTED("a child who may be adopted", statute(secondary("{ca1989-s26}(3B)(a); {aca2002-s3}(1)"))),
    /** A parent or guardian of a child who may be adopted (category 6). */
    PARENT_OR_GUARDIAN_OF_CHILD_WHO_MAY_BE_ADOPTED("a parent or guardian of a child who may be adopted", statute(secondary("{ca1989-s26}(3B)(a); {aca2002-s3}(1)"))),
    /** A person wishing to adopt a child (category 6). */
    PERSON_WISHING_TO_ADOPT("a person wishing to adopt", statute(secondary("{ca1989-s26}(3B)(a); {aca2002-s3}(1)"))),
    /** An adopted person (category 6). */
    ADOPTED_PERSON("an adopted person", statute(secondary("{ca1989-s26}(3B)(a); {aca2002-s3}(1)"))),
    /** A parent, natural parent or former guardian of an adopted person (category 6). */
    PARENT_NATURAL_PARENT_OR_FORMER_GUARDIAN_OF_ADOPTED_PERSON("a parent, natural parent or former guardian of an adopted person", statute(secondary("{ca1989-s26}(3B)(a); {aca2002-s3}(1)"))),
    /** Any other person to whom arrangements for adoption support services extend (category 7). */
    PERSON_TO_WHOM_ADOPTION_SUPPORT_EXTENDS("another person to whom adoption support extends", statute(secondary("{ca1989-s26}(3B)(a); {aca2002-s3}(1)"))),
    /** Anyone else with sufficient interest in a child who is or may be adopted (category 8; reg. 12 decision). */
    SUFFICIENT_INTEREST_IN_ADOPTED_CHILD("anyone else with a sufficient interest in a child who is or may be adopted", statute(secondary("{ca1989-s26}(3B)(b); {si2006-reg12}"))),
    /** A child subject to a special guardianship order (category 9). */
    CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER("a child subject to a special guardianship order", statute(secondary("{ca1989-s26}(3C)(a)"))),
    /** A special guardian (category 10). */
    SPECIAL_GUARDIAN("a special guardian", statute(secondary("{ca1989-s26}(3C)(b)"))),
    /** A parent of a child subject to a special guardianship order (category 10). */
    PARENT_OF_CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER("a parent of a child subject to a special guardianship order", statute(secondary("{ca1989-s26}(3C)(b)"))),
    /** Anyone else with sufficient interest in a child subject to a special guardianship order (category 11; reg. 12). */
    SUFFICIENT_INTEREST_IN_SPECIAL_GUARDIANSHIP_CHILD("anyone else with a sufficient interest in a child subject to a special guardianship order", statute(secondary("{ca1989-s26}(3C)(c); {si2006-reg12}"))),
    /** A person who has applied for an assessment under s14F(3) or (4) (category 12). */
    SPECIAL_GUARDIANSHIP_SUPPORT_ASSESSMENT_APPLICANT("a person who asked for a special guardianship support assessment", statute(secondary("{ca1989-s26}(3C)(d), {ca1989-s14f}(3)-(4)"))),
    /** A care leaver or young person entitled to leaving-care support under ss23A-24B (category 13). */
    CARE_LEAVER("a care leaver", statute(secondary("{ca1989-s24d}(1)"))),
    /** A child accommodated by a voluntary organisation and not looked after by an authority (category 14). */
    CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION("a child accommodated by a voluntary organisation", statute(verified("{si2006-reg21}"))),
    /** A parent of, or a person with parental responsibility for, such a child (category 14). */
    PARENT_OR_PR_HOLDER_OF_CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION("a parent of, or a person with parental responsibility for, a child accommodated by a voluntary organisation", statute(verified("{si2006-reg21}"))),
    /** Anyone else with sufficient interest in such a child; the organisation decides (category 14). */
    SUFFICIENT_INTEREST_IN_VOLUNTARY_ORGANISATION_CHILD("anyone else with a sufficient interest in a child accommodated by a voluntary organisation", statute(verified("{si2006-reg21}, {si2006-reg22}(2)(d)"))),
    /** A person making representations about fostering limits (category 15). */
    FOSTERING_LIMITS_REPRESENTATIONS("a person making representations about fostering limits", statute(secondary("{si2006-part5} (heading); {ca1989-sch7-para6}"))),
    /** In none of the categories: not a complainant under the statutory procedure. */
    NONE_OF_THESE("anyone outside every category", statute(secondary("{ca1989-s26}(3), (3B), (3C), {ca1989-s24d} (by omission)")));

    private final String text;
    private final Provision provision;

    ComplainantRole(String text, Provision provision) {
        this.text = text;
        this.provision = provision;
    }

    /**
     * The complainant in plain English, as the library's tables and reasons name them.
     *
     * @return the words, e.g. "a parent"; never null
     */
    public String text() {
        return text;
    }

    /**
     * Whether the council must first decide that the complainant has sufficient interest in the
     * child's welfare: the persons of s26(3)(e), (3B)(b) and (3C)(c), and the last group of reg. 21
     * (SI 2006/1738 reg. 12, and reg. 22(2)(d) for voluntary organisations).
     *
     * @return whether a sufficient-interest decision is always needed
     */
    public boolean needsSufficientInterestDecision() {
        return switch (this) {
            case SUFFICIENT_INTEREST_IN_CHILD, SUFFICIENT_INTEREST_IN_ADOPTED_CHILD,
                 SUFFICIENT_INTEREST_IN_SPECIAL_GUARDIANSHIP_CHILD, SUFFICIENT_INTEREST_IN_VOLUNTARY_ORGANISATION_CHILD -> true;
            default -> false;
        };
    }

    /**
     * Whether a reg. 12 sufficient-interest decision may apply: the roles that always need one, and
     * an agency foster carer where the council does not read them as local authority foster parents,
     * who then complains under s26(3)(e).
     *
     * @return whether a sufficient-interest decision may be needed, depending on the council's policy
     */
    public boolean mayNeedSufficientInterestDecision() {
        return needsSufficientInterestDecision() || this == INDEPENDENT_FOSTERING_AGENCY_CARER;
    }

    /**
     * The status the child must have when the complainant is the child: a looked-after child's
     * complaint concerns a looked-after child.
     *
     * @return the child's status, or empty for roles held by adults; never null
     */
    public Optional<ChildStatus> childsOwnStatus() {
        return Optional.ofNullable(switch (this) {
            case CHILD_LOOKED_AFTER -> ChildStatus.LOOKED_AFTER;
            case CHILD_IN_NEED -> ChildStatus.IN_NEED;
            case CHILD_WHO_MAY_BE_ADOPTED, ADOPTED_PERSON -> ChildStatus.ADOPTION_RELATED;
            case CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER -> ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER;
            case CARE_LEAVER -> ChildStatus.CARE_LEAVER;
            case CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION -> ChildStatus.ACCOMMODATED_BY_VOLUNTARY_ORGANISATION;
            default -> null;
        });
    }

    /**
     * Whether a complaint by this complainant may concern no particular child, so that the request
     * needs no {@link Child}: a person wishing to adopt, an adopted adult and the adopted person's
     * parents, a person adoption support extends to, an applicant for a special guardianship support
     * assessment, a person making representations about fostering limits, and anyone outside the
     * categories. A foster parent's complaint is "in relation to the child" (Children Act 1989 s26(3)),
     * so it names one.
     *
     * @return whether the child may be absent
     */
    public boolean mayConcernNoParticularChild() {
        return switch (this) {
            case PERSON_WISHING_TO_ADOPT, ADOPTED_PERSON, PARENT_NATURAL_PARENT_OR_FORMER_GUARDIAN_OF_ADOPTED_PERSON,
                 PERSON_TO_WHOM_ADOPTION_SUPPORT_EXTENDS, SPECIAL_GUARDIANSHIP_SUPPORT_ASSESSMENT_APPLICANT,
                 FOSTERING_LIMITS_REPRESENTATIONS,
                 NONE_OF_THESE -> true;
            default -> false;
        };
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
