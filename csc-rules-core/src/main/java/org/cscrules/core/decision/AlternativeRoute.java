package org.cscrules.core.decision;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.guidance;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * Where a complaint goes when the statutory children's procedure does not apply. Declared from the
 * most specific route to the most general: when several rules propose routes, the decision names
 * the first, so a complaint about a child protection conference goes to the conference's route
 * rather than to the corporate procedure.
 */
public enum AlternativeRoute implements Cited {
    /**
     * The child protection conference's own complaints or appeal route, for the conference's
     * decisions: the practice of councils and safeguarding partnerships; the Ombudsman's fact sheet
     * says only that child protection matters are outside the procedure.
     */
    CHILD_PROTECTION_CONFERENCE_ROUTE("the child protection conference's own complaints route",
            localPolicy(unverified("{lgsco-fact-sheet}"))),
    /**
     * The court that ordered a report. No rule proposes it: a complaint about how a report to court
     * was prepared goes to the council's own procedure (the Ombudsman's fact sheet). Kept only so
     * that decisions recorded by 0.1.0 still read.
     *
     * @deprecated since 0.2.0; no rule gives this route
     */
    @Deprecated(since = "0.2.0")
    THE_COURT("the court that ordered the report", localPolicy(secondary("{lgsco-fact-sheet}"))),
    /** The independent review mechanism, for a qualifying determination about a prospective foster carer or adopter. */
    INDEPENDENT_REVIEW_MECHANISM("the independent review mechanism",
            localPolicy(secondary("{ca1989-sch2-para12f}(1)(b)"))),
    /** Resolved informally by the next working day: not recorded as a statutory complaint (a council's setting). */
    INFORMAL_RESOLUTION("informal resolution, not recorded as a statutory complaint",
            localPolicy(verified("{si2009-reg8}(1)(c) (adult regulations); {setting-next-working-day-resolution-excluded}"))),
    /** The child may complain, or another, suitable representative may act for them. */
    COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE("a complaint by the child, or by another representative the "
            + "council finds suitable", guidance(unverified("{gbc-representatives}"))),
    /** The voluntary organisation's own representations procedure. */
    VOLUNTARY_ORGANISATION_PROCEDURE("the voluntary organisation's representations procedure",
            statute(verified("{si2006-reg21}, {si2006-reg22}"))),
    /** The adult social care complaints procedure. */
    ADULT_SOCIAL_CARE_PROCEDURE("the adult social care complaints procedure",
            statute(verified("{si2009-reg2}; {si2009-reg6}(1)(a)"))),
    /**
     * The council's own procedure for a care leaver past their statutory category whom its local
     * offer still reaches: not the statutory procedure, whose deadlines and report do not apply.
     */
    CARE_LEAVERS_LOCAL_OFFER("the council's own procedure for care leavers under its local offer",
            localPolicy(secondary("{setting-care-leaver-local-offer-age-ceiling}; {ca1989-s24d}"))),
    /** The Local Government and Social Care Ombudsman. */
    LOCAL_GOVERNMENT_OMBUDSMAN("the Local Government and Social Care Ombudsman",
            statute(verified("{lga1974-s26b}"))),
    /** The council's own corporate complaints procedure. */
    CORPORATE_COMPLAINTS_PROCEDURE("the council's corporate complaints procedure",
            localPolicy(secondary("{ca1989-s26}, {ca1989-s24d} (by omission); {lgsco-fact-sheet}")));

    private final String text;
    private final Provision provision;

    AlternativeRoute(String text, Provision provision) {
        this.text = text;
        this.provision = provision;
    }

    /**
     * The route in plain English, fit to tell the complainant.
     *
     * @return the route in words; never null
     */
    public String text() {
        return text;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
