package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.guidance;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * Circumstances that may exclude, defer or limit the consideration of a complaint (reg. 8 and
 * the adult regulations' exclusions a council may apply). A complaint may have several.
 */
public enum Circumstance implements Cited {
    /** Court proceedings that considering the complaint might prejudice (e.g. care proceedings). */
    CONCURRENT_COURT_PROCEEDINGS(statute(secondary("{si2006-reg8}"))),
    /** A criminal investigation or prosecution that considering the complaint might prejudice. */
    CONCURRENT_CRIMINAL_PROCEEDINGS(statute(secondary("{si2006-reg8}; {lgsco-fact-sheet}"))),
    /** Disciplinary proceedings that considering the complaint might prejudice. */
    CONCURRENT_DISCIPLINARY_PROCEEDINGS(localPolicy(unverified("{si2006-reg8} (list as councils state it); {setting-concurrent-proceedings}"))),
    /** Tribunal proceedings that considering the complaint might prejudice. */
    CONCURRENT_TRIBUNAL_PROCEEDINGS(localPolicy(unverified("{si2006-reg8} (list as councils state it); {setting-concurrent-proceedings}"))),
    /** The same matter has already been considered under this procedure. */
    ALREADY_CONSIDERED(localPolicy(unverified("{si2009-reg8}(1)(e) (adult regulations); {setting-adult-repeat-exclusions-applied}"))),
    /**
     * The same complaint has already been dealt with at all three stages of this procedure: the
     * statutory guidance lets the council decline to investigate it again.
     */
    CONSIDERED_AT_ALL_THREE_STAGES(guidance(secondary("{gbc-repeat-and-persistent}"))),
    /**
     * The complainant is unreasonably persistent (the same complaint raised again with minor
     * differences, or outcomes sought that cannot be had): the statutory guidance's instruction
     * applies, a decision the council takes and records.
     */
    UNREASONABLY_PERSISTENT(guidance(secondary("{gbc-repeat-and-persistent}"))),
    /** The matter has been investigated by the Local Government and Social Care Ombudsman. */
    INVESTIGATED_BY_OMBUDSMAN(localPolicy(unverified("{si2009-reg8}(1)(f) (adult regulations); {setting-adult-repeat-exclusions-applied}"))),
    /** An oral complaint resolved by the end of the next working day (an adult-regulations rule, applied only by a council's setting). */
    ORAL_COMPLAINT_RESOLVED_BY_NEXT_WORKING_DAY(localPolicy(verified("{si2009-reg8}(1)(c) (adult regulations only); {setting-next-working-day-resolution-excluded}"))),
    /**
     * The complainant complains about their own treatment as an adult: whether that is "in relation
     * to" the child (a parent's treatment during the child's assessment is) is the council's decision.
     */
    ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT(statute(secondary("{ca1989-s26}(3); {lgsco-fact-sheet}")));

    private final Provision provision;

    Circumstance(Provision provision) {
        this.provision = provision;
    }

    /**
     * Whether this is a proceeding concurrent with the complaint, which reg. 8 lets the council not
     * consider it beside.
     *
     * @return true for court, criminal, disciplinary and tribunal proceedings
     */
    public boolean isConcurrentProceedings() {
        return this == CONCURRENT_COURT_PROCEEDINGS || this == CONCURRENT_CRIMINAL_PROCEEDINGS
                || this == CONCURRENT_DISCIPLINARY_PROCEEDINGS || this == CONCURRENT_TRIBUNAL_PROCEEDINGS;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
