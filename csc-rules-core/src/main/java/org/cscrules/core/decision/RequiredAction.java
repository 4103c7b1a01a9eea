package org.cscrules.core.decision;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.guidance;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/** Something the council must do now, with the provision that requires it. */
public enum RequiredAction implements Cited {
    /** Offer the help of an advocate: to a child who complains, and to a care leaver (s26A). */
    OFFER_ADVOCACY("Offer help from an advocate, including representation",
            statute(verified("{ca1989-s26a}(1)"))),
    /** Confirm, where possible, that the child is content and the complaint reflects their views. */
    CONFIRM_CHILDS_VIEWS("Confirm, where possible, that the child is content for the representative to act "
            + "and that the complaint reflects the child's views",
            guidance(unverified("{gbc-representatives}"))),
    /** Decide whether the representative is suitable to act, or has sufficient interest. */
    DECIDE_REPRESENTATIVE_SUITABILITY("Decide whether the representative is suitable to act for the child",
            guidance(unverified("{gbc-representatives}"))),
    /** Tell the representative in writing that they may not act, and that no further action will be taken. */
    NOTIFY_REPRESENTATIVE_IN_WRITING("Tell the representative in writing that they are not considered suitable "
            + "and that no further action will be taken",
            guidance(unverified("{si2006-reg12}; {gbc-representatives}"))),
    /**
     * When a representative's complaint for a child does not go on: offer the child a complaint of
     * their own, with the help of an advocate (the child's own right, s26(3)(a), and s26A).
     */
    OFFER_CHILD_OWN_COMPLAINT_WITH_ADVOCATE("Offer the child the chance to make the complaint themselves, with the "
            + "help of an advocate", statute(secondary("{ca1989-s26}(3)(a); {ca1989-s26a}(1)(b)"))),
    /** Confirm that an adult complainant's own representative acts with their consent. */
    CONFIRM_COMPLAINANTS_CONSENT("Confirm with the complainant that the representative acts for them with their "
            + "consent", localPolicy(secondary("{lga1974-s26a}"))),
    /** Decide whether a complaint about the complainant's own treatment is made in relation to the child. */
    DECIDE_WHETHER_ABOUT_THE_CHILD("Decide whether the complaint about the complainant's own treatment is about the "
            + "discharge of the council's functions in relation to the child", statute(secondary("{ca1989-s26}(3); {lgsco-fact-sheet}"))),
    /** Decide whether to consider again a complaint already dealt with, or from an unreasonably persistent complainant. */
    DECIDE_WHETHER_TO_CONSIDER_AGAIN("Decide, and record why, whether to consider the complaint again, and tell the "
            + "complainant", guidance(secondary("{gbc-repeat-and-persistent}"))),
    /** Establish which person of s24D(1) a care leaver is, which decides the age their category ends at. */
    ESTABLISH_CARE_LEAVER_CATEGORY("Establish whether the young person is a former relevant child, a person qualifying "
            + "for advice and assistance, or one helped with education or training: the categories end at different ages",
            statute(secondary("{ca1989-s24d}(1); {ca1989-s24}(1A), (1B)"))),
    /** Decide, as soon as possible, whether the complainant has sufficient interest in the child's welfare. */
    DECIDE_SUFFICIENT_INTEREST("Decide as soon as possible whether the complainant has sufficient interest "
            + "in the child's welfare, taking the child's views into account where appropriate",
            statute(secondary("{si2006-reg12}"))),
    /** Notify a person found without sufficient interest, and that no further action will be taken. */
    NOTIFY_NO_SUFFICIENT_INTEREST("Notify the complainant in writing that they lack sufficient interest "
            + "and that no further action will be taken", statute(secondary("{si2006-reg12}"))),
    /** Tell the child of the sufficient-interest decision, where the council considers it appropriate. */
    TELL_CHILD_OF_SUFFICIENT_INTEREST_DECISION("Tell the child of the sufficient-interest decision, if the council "
            + "considers it appropriate", statute(secondary("{si2006-reg12}"))),
    /**
     * Decide whether to consider a complaint made more than a year after the grounds arose; whether
     * the decision starts from a presumption in favour of accepting it is the reasons' to say.
     */
    DECIDE_LATE_COMPLAINT("Decide whether to consider the complaint although it was made more than a year after the "
            + "grounds arose", statute(secondary("{si2006-reg9}"))),
    /** Decide whether considering the complaint might prejudice concurrent proceedings, and tell the complainant. */
    DECIDE_CONCURRENT_PROCEEDINGS("Decide whether considering the complaint might prejudice the concurrent "
            + "proceedings, and tell the complainant in writing whether it is deferred or declined, in whole or part",
            statute(secondary("{si2006-reg8}"))),
    /** Acknowledge receipt within the council's own standard. */
    ACKNOWLEDGE_RECEIPT("Acknowledge receipt of the complaint",
            localPolicy(unverified("{setting-acknowledgement-working-days}"))),
    /** Tell the complainant the route the complaint goes by instead. */
    REFER_TO_ALTERNATIVE_ROUTE("Tell the complainant that the statutory procedure does not apply, and the route "
            + "their complaint will take instead", statute(secondary("{ca1989-s26}, {ca1989-s24d} (scope)"))),
    /** Tell the complainant they may go to the Local Government and Social Care Ombudsman. */
    TELL_COMPLAINANT_ABOUT_OMBUDSMAN("Tell the complainant they may complain to the Local Government and "
            + "Social Care Ombudsman", statute(secondary("{si2006-reg20}(3); {lga1974-s26b}")));

    private final String text;
    private final Provision provision;

    RequiredAction(String text, Provision provision) {
        this.text = text;
        this.provision = provision;
    }

    /**
     * The action in plain English, fit for the council's task list.
     *
     * @return the action in words; never null
     */
    public String text() {
        return text;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
