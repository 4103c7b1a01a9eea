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
 * representations, E1 to E15 of statute.md §2 (Children Act 1989 s26(3), (3B), (3C), s24D and
 * SI 2006/1738 reg. 21), plus {@link #NONE_OF_THESE}.
 */
public enum ComplainantRole implements Cited {

    /** E1: a child looked after by the local authority. */
    CHILD_LOOKED_AFTER("E1", statute(secondary("Children Act 1989 s26(3)(a)"))),
    /** E1: a child in need (s17(10)) who is not looked after; disabled children are children in need. */
    CHILD_IN_NEED("E1", statute(secondary("Children Act 1989 s26(3)(a)"))),
    /** E2: a parent of a child looked after or in need. */
    PARENT("E2", statute(secondary("Children Act 1989 s26(3)(b)"))),
    /** E3: a person, not a parent, with parental responsibility for a child looked after or in need. */
    PARENTAL_RESPONSIBILITY_HOLDER("E3", statute(secondary("Children Act 1989 s26(3)(c)"))),
    /** E4: a local authority foster parent. */
    LOCAL_AUTHORITY_FOSTER_PARENT("E4", statute(secondary("Children Act 1989 s26(3)(d)"))),
    /**
     * E4 by interpretation: a foster carer of a child the authority placed through an independent
     * fostering agency (statute.md A19).
     */
    INDEPENDENT_FOSTERING_AGENCY_CARER("E4", localPolicy(unverified(
            "Children Act 1989 s26(3)(d), as read by Getting the Best from Complaints (2006) and councils (A19)"))),
    /**
     * E5: anyone else the authority considers has sufficient interest in the welfare of a child
     * looked after or in need: a grandparent, another relative, a kinship carer without parental
     * responsibility, an advocate. The authority decides under reg. 12.
     */
    SUFFICIENT_INTEREST_IN_CHILD("E5", statute(secondary("Children Act 1989 s26(3)(e); SI 2006/1738 reg. 12"))),
    /** E6 (ACA 2002 s3(1)): a child who may be adopted. */
    CHILD_WHO_MAY_BE_ADOPTED("E6", statute(secondary("Children Act 1989 s26(3B)(a); Adoption and Children Act 2002 s3(1)"))),
    /** E6 (ACA 2002 s3(1)): a parent or guardian of a child who may be adopted. */
    PARENT_OR_GUARDIAN_OF_CHILD_WHO_MAY_BE_ADOPTED("E6", statute(secondary("Children Act 1989 s26(3B)(a); Adoption and Children Act 2002 s3(1)"))),
    /** E6 (ACA 2002 s3(1)): a person wishing to adopt a child. */
    PERSON_WISHING_TO_ADOPT("E6", statute(secondary("Children Act 1989 s26(3B)(a); Adoption and Children Act 2002 s3(1)"))),
    /** E6 (ACA 2002 s3(1)): an adopted person. */
    ADOPTED_PERSON("E6", statute(secondary("Children Act 1989 s26(3B)(a); Adoption and Children Act 2002 s3(1)"))),
    /** E6 (ACA 2002 s3(1)): a parent, natural parent or former guardian of an adopted person. */
    PARENT_NATURAL_PARENT_OR_FORMER_GUARDIAN_OF_ADOPTED_PERSON("E6", statute(secondary("Children Act 1989 s26(3B)(a); Adoption and Children Act 2002 s3(1)"))),
    /** E7: any other person to whom arrangements for adoption support services extend. */
    PERSON_TO_WHOM_ADOPTION_SUPPORT_EXTENDS("E7", statute(secondary("Children Act 1989 s26(3B)(a); Adoption Support Services Regulations 2005 reg. 4"))),
    /** E8: anyone else with sufficient interest in a child who is or may be adopted (reg. 12 decision). */
    SUFFICIENT_INTEREST_IN_ADOPTED_CHILD("E8", statute(secondary("Children Act 1989 s26(3B)(b); SI 2006/1738 reg. 12"))),
    /** E9: a child subject to a special guardianship order. */
    CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER("E9", statute(secondary("Children Act 1989 s26(3C)(a)"))),
    /** E10: a special guardian. */
    SPECIAL_GUARDIAN("E10", statute(secondary("Children Act 1989 s26(3C)(b)"))),
    /** E10: a parent of a child subject to a special guardianship order. */
    PARENT_OF_CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER("E10", statute(secondary("Children Act 1989 s26(3C)(b)"))),
    /** E11: anyone else with sufficient interest in a child subject to a special guardianship order (reg. 12). */
    SUFFICIENT_INTEREST_IN_SPECIAL_GUARDIANSHIP_CHILD("E11", statute(secondary("Children Act 1989 s26(3C)(c); SI 2006/1738 reg. 12"))),
    /** E12: a person who has applied for an assessment under s14F(3) or (4). */
    SPECIAL_GUARDIANSHIP_SUPPORT_ASSESSMENT_APPLICANT("E12", statute(secondary("Children Act 1989 s26(3C)(d), s14F(3)-(4)"))),
    /** E13: a care leaver or young person entitled to leaving-care support under ss23A-24B. */
    CARE_LEAVER("E13", statute(secondary("Children Act 1989 s24D(1)"))),
    /** E14: a child accommodated by a voluntary organisation and not looked after by an authority. */
    CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION("E14", statute(verified("SI 2006/1738 reg. 21"))),
    /** E14: a parent of, or a person with parental responsibility for, such a child. */
    PARENT_OR_PR_HOLDER_OF_CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION("E14", statute(verified("SI 2006/1738 reg. 21"))),
    /** E14: anyone else with sufficient interest in such a child (the organisation decides). */
    SUFFICIENT_INTEREST_IN_VOLUNTARY_ORGANISATION_CHILD("E14", statute(verified("SI 2006/1738 reg. 21, reg. 22(2)(d)"))),
    /** E15: a person making representations about fostering limits. */
    FOSTERING_LIMITS_REPRESENTATIONS("E15", statute(verified("SI 2006/1738 Part 5 (heading); Children Act 1989 Sch. 7 para. 6"))),
    /** None of E1 to E15: not a complainant under the statutory procedure. */
    NONE_OF_THESE("none", statute(secondary("Children Act 1989 s26(3), (3B), (3C), s24D (by omission)")));

    private final String category;
    private final Provision provision;

    ComplainantRole(String category, Provision provision) {
        this.category = category;
        this.provision = provision;
    }

    /** The category of statute.md §2.1, "E1" to "E15", or "none". */
    public String category() {
        return category;
    }

    /**
     * Whether the council must first decide that the complainant has sufficient interest in the
     * child's welfare: the persons of s26(3)(e), (3B)(b) and (3C)(c), and the last group of reg. 21
     * (SI 2006/1738 reg. 12, and reg. 22(2)(d) for voluntary organisations).
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
     * an agency foster carer where the council does not read them as local authority foster parents
     * (A19), who then complains under s26(3)(e).
     */
    public boolean mayNeedSufficientInterestDecision() {
        return needsSufficientInterestDecision() || this == INDEPENDENT_FOSTERING_AGENCY_CARER;
    }

    /**
     * The status the child must have when the complainant is the child: a looked-after child's
     * complaint concerns a looked-after child. Empty for roles held by adults.
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

    @Override
    public Provision provision() {
        return provision;
    }
}
