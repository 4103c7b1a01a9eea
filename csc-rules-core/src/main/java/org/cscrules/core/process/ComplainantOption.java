package org.cscrules.core.process;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * What a complainant may do now that a deadline the council must keep has passed, as {@code
 * ComplaintProcess.status} says of a BREACHED deadline: the transitions say the same through their
 * rulings (STAGE-2-OUT-OF-TIME, STAGE-OMBUDSMAN-COUNCIL-OUT-OF-TIME, STAGE-2-REQUEST-STAGE-1-OVERDUE).
 */
public enum ComplainantOption implements Cited {
    /**
     * Go to the Ombudsman now: once a period the council must keep has passed its maximum, a
     * referral is not premature (Local Government Act 1974 s26(5)).
     */
    OMBUDSMAN_NOW("go to the Ombudsman now: the council is out of time, so the referral is not premature",
            statute(secondary("{lga1974-s26}(5); {lgsco-24-004-450}"))),
    /** Ask for stage 2, the stage 1 response being overdue, where the council's policy allows it. */
    STAGE_2("ask for stage 2, the stage 1 response being overdue (the council's policy)",
            localPolicy(unverified("{setting-stage-2-when-stage-1-overdue}; {si2006-reg14}, {si2006-reg15}"))),
    /** Ask for a review panel, the stage 2 response being overdue past its maximum, where the council's policy allows it. */
    REVIEW_PANEL("ask for a review panel, the stage 2 response being overdue past its maximum (the council's policy)",
            localPolicy(unverified("{setting-stage-3-when-stage-2-overdue}; {si2006-reg17}, {si2006-reg18}")));

    private final String text;
    private final Provision provision;

    ComplainantOption(String text, Provision provision) {
        this.text = text;
        this.provision = provision;
    }

    /**
     * What the complainant may do, in plain English, fit to tell them.
     *
     * @return the option in words; never null
     */
    public String text() {
        return text;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
