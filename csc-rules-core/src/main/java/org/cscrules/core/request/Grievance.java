package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Provision.guidance;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * Kinds of grievance the procedure covers, from the statutory guidance's list as reproduced by
 * a council's published procedure. A complaint may raise several. They never make a complaint
 * eligible or not on their own; they say whether a complaint is about a decision (the route for what
 * is outside may turn on it) and whether a complaint about Part 3 support is about the assessment of
 * need or a refused service ({@link #isAboutAssessmentOrRefusal()}).
 */
public enum Grievance implements Cited {
    /** An unwelcome or disputed decision. */
    UNWELCOME_OR_DISPUTED_DECISION(Gbc.LIST),
    /** Concern about the quality or appropriateness of a service. */
    QUALITY_OR_APPROPRIATENESS_OF_SERVICE(Gbc.LIST),
    /** Delay in decision making or provision of services. */
    DELAY(Gbc.LIST),
    /** Delivery or non-delivery of services, including complaints procedures. */
    DELIVERY_OR_NON_DELIVERY_OF_SERVICES(Gbc.LIST),
    /** Quantity, frequency, change or cost of a service. */
    QUANTITY_FREQUENCY_CHANGE_OR_COST(Gbc.LIST),
    /** Attitude or behaviour of staff. */
    ATTITUDE_OR_BEHAVIOUR_OF_STAFF(Gbc.LIST),
    /** Application of eligibility and assessment criteria. */
    ELIGIBILITY_AND_ASSESSMENT_CRITERIA(Gbc.LIST),
    /** The impact on a child of the application of a local authority policy. */
    IMPACT_OF_LOCAL_AUTHORITY_POLICY(Gbc.LIST),
    /** Assessment, care management and review. */
    ASSESSMENT_CARE_MANAGEMENT_AND_REVIEW(Gbc.LIST),
    /** The quality or accuracy of a social work report that went to court, apart from the court's own actions. */
    SOCIAL_WORK_REPORT_TO_COURT(Gbc.LIST);

    /**
     * Whether a complaint about Part 3 support that raises this grievance is about the assessment
     * of whether the child is in need, its finding, or a refused service: eligibility and assessment
     * criteria, assessment and review, an unwelcome decision, a service not delivered. Such a complaint
     * is within the procedure whatever the council found about the child (Ombudsman decision 23 013 837).
     *
     * @return whether this grievance is about the assessment of need or a refused service
     */
    public boolean isAboutAssessmentOrRefusal() {
        return this == ELIGIBILITY_AND_ASSESSMENT_CRITERIA || this == ASSESSMENT_CARE_MANAGEMENT_AND_REVIEW
                || this == UNWELCOME_OR_DISPUTED_DECISION || this == DELIVERY_OR_NON_DELIVERY_OF_SERVICES;
    }

    /** Enum constants cannot refer to a static field of their own enum: it lives here. */
    private static final class Gbc {
        static final Provision LIST = guidance(unverified("{gbc-kinds-of-complaint}"));
    }

    private final Provision provision;

    Grievance(Provision provision) {
        this.provision = provision;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
