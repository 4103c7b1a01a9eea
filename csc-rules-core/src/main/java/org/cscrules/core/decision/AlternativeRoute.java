package org.cscrules.core.decision;

import static org.cscrules.core.law.Citation.secondary;
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
    /** The child protection conference's own complaints or appeal route. */
    CHILD_PROTECTION_CONFERENCE_ROUTE("the child protection conference's own complaints route",
            localPolicy(secondary("LGSCO children's complaints fact sheet"))),
    /** The court that ordered a private-law report (s7, s37). */
    THE_COURT("the court that ordered the report", localPolicy(secondary("LGSCO children's complaints fact sheet"))),
    /** The independent review mechanism, for foster carer and adopter approval decisions. */
    INDEPENDENT_REVIEW_MECHANISM("the independent review mechanism",
            localPolicy(secondary("Council procedure manuals (tri.x), scope notes"))),
    /** Resolved informally by the next working day: not recorded as a statutory complaint (a local choice, A16). */
    INFORMAL_RESOLUTION("informal resolution, not recorded as a statutory complaint",
            localPolicy(verified("SI 2009/309 reg. 8(1)(c) (adult regulations), applied locally (statute.md A16)"))),
    /** The child may complain, or another, suitable representative may act for them. */
    COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE("a complaint by the child, or by another representative the "
            + "council finds suitable", guidance(secondary("Getting the Best from Complaints (DfES 2006), representatives, as quoted by seed 004"))),
    /** The voluntary organisation's own representations procedure. */
    VOLUNTARY_ORGANISATION_PROCEDURE("the voluntary organisation's representations procedure",
            statute(verified("SI 2006/1738 regs. 21-22"))),
    /** The adult social care complaints procedure. */
    ADULT_SOCIAL_CARE_PROCEDURE("the adult social care complaints procedure",
            statute(verified("Local Authority Social Services and NHS Complaints (England) Regulations 2009, SI 2009/309"))),
    /** The Local Government and Social Care Ombudsman. */
    LOCAL_GOVERNMENT_OMBUDSMAN("the Local Government and Social Care Ombudsman",
            statute(verified("Local Government Act 1974 s26B"))),
    /** The council's own corporate complaints procedure. */
    CORPORATE_COMPLAINTS_PROCEDURE("the council's corporate complaints procedure",
            localPolicy(secondary("Council practice: seeds 002 and 003; statute.md §2.2")));

    private final String text;
    private final Provision provision;

    AlternativeRoute(String text, Provision provision) {
        this.text = text;
        this.provision = provision;
    }

    /** The route in plain English. */
    public String text() {
        return text;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
