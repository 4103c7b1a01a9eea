package org.cscrules.core.remedy;

import java.util.List;

/**
 * A correction this release made to an answer 0.1.0 gave, on purpose, as the project's change log
 * ({@code CHANGELOG.md}) lists it under "Changed answers": what was wrong, the rules that now answer otherwise, and what a
 * council that acted on the old answer should consider doing. The considerations are a list for the
 * council to weigh, never a decision made for it: the Ombudsman's usual remedy is to put the
 * complainant back where they would have been.
 *
 * <p>A rule belongs to a correction if its id is one of the correction's, or begins with one of its
 * prefixes (those ending in "-"). {@link #STAGE_2_MAXIMUM} changed a deadline, not a rule: the remedy
 * list names it where a stage 2 deadline alone differs.
 */
public enum Correction {

    /** The child's status is a fact, not the council's say-so (legal review W1). */
    CHILD_STATUS_IS_A_FACT("W1", "The child's status is a fact, not the council's say-so",
            List.of("WHO-CHILD-ASSESSMENT-OF-NEED", "WHO-CHILD-DISABLED", "WHO-CHILD-STATUS-NOT-SETTLED",
                    "WHO-E1-IN-NEED", "WHO-E2-PARENT", "WHO-E3-", "WHO-E4-AGENCY-CARER-SUFFICIENT-INTEREST", "WHO-E5-"),
            List.of("Reconsider the complaint: a complaint about an assessment of need, its outcome or a refused service "
                    + "is within the procedure whatever status the council had recorded for the child (Ombudsman 23 013 837).")),

    /** Care leavers' ages are the statute's, by category (legal review W3). */
    CARE_LEAVERS_AGES("W3", "Care leavers' ages are the statute's, by category",
            List.of("WHO-E13-"),
            List.of("Where the complaint is now within the procedure, reconsider it; where it is now outside it, nothing is "
                    + "owed for a complaint heard, but check the care leaver's category and the council's local offer for any "
                    + "still open.")),

    /** Routes for what is outside the procedure (legal review W5). */
    ROUTES_FOR_WHAT_IS_OUTSIDE("W5", "Routes for what is outside",
            List.of("SCOPE-S47-ENQUIRY", "SCOPE-PRIVATE-LAW-REPORT", "SCOPE-PUBLIC-LAW-REPORT-LOCAL", "SCOPE-CP-CONFERENCE",
                    "SCOPE-APPROVAL"),
            List.of("Tell the complainant the route that applies (the council's own procedure, not the court or the "
                    + "conference's), and offer it.")),

    /** A listed person keeps their own right (legal review W7). */
    LISTED_PERSON_OWN_RIGHT("W7", "A listed person keeps their own right",
            List.of("REP-LISTED-OWN-RIGHT", "REP-LISTED-CHILD-HEARD", "REP-NOT-SUITABLE", "REP-CONSENT-REFUSED-REQUIRED",
                    "REP-BEST-INTERESTS-REFUSED"),
            List.of("Reconsider the complaint: a parent, a person with parental responsibility or a local authority foster "
                    + "parent complains in their own right, without the child's consent; offer the child a complaint of their "
                    + "own, with an advocate, where the child did not agree.")),

    /** A parent's own treatment is the council's decision (legal review W8). */
    ADULT_TREATMENT_IS_DECIDED("W8", "A parent's own treatment is the council's decision",
            List.of("SCOPE-ADULT-TREATMENT"),
            List.of("Decide whether the complaint is about the child; if it is, consider it under the procedure and tell the "
                    + "complainant.")),

    /** Repeat and persistent complaints need the council's decision (legal review M4). */
    REPEAT_COMPLAINTS("M4", "Repeat and persistent complaints",
            List.of("SCOPE-CONSIDERED-AT-THREE-STAGES", "SCOPE-UNREASONABLY-PERSISTENT", "SCOPE-CONSIDERED-AGAIN",
                    "SCOPE-NOT-CONSIDERED-AGAIN"),
            List.of("Record the council's decision whether to consider the complaint again, with reasons in writing, and tell "
                    + "the complainant about the Ombudsman.")),

    /** Voluntary organisations and adult social care have procedures of their own (legal review M7). */
    OTHER_PROCEDURES("M7", "Voluntary organisations and adult social care",
            List.of("WHO-E14-VOLUNTARY-ORGANISATION", "SCOPE-ADULT-SOCIAL-CARE", "SCOPE-VOLUNTARY-ORGANISATION-LOOKED-AFTER"),
            List.of("Tell the complainant the procedure that applies (the voluntary organisation's, or the adult social care "
                    + "procedure), or, for a looked-after child placed by the council, consider the complaint.")),

    /** Two faults the independent oracle found: adoption standing, and the views of a child represented. */
    ORACLE_FAULTS("oracle", "Two faults found by the independent oracle",
            List.of("WHO-E6-E7-ADOPTION", "REP-VIEWS-NOT-SOUGHT"),
            List.of("Reconsider the decision: a parent or guardian has standing only for a child who may be adopted, and a "
                    + "child's views are confirmed where the council requires consent.")),

    /** No refused stages: a request made in time is never declined (legal review W2). */
    NO_REFUSED_STAGES("W2", "No refused stages",
            List.of("STAGE-DECLINE-NOT-THE-COUNCILS", "STAGE-REQUEST-DECLINED", "STAGE-GATEKEEPING-"),
            List.of("Offer the stage that was refused, and apologise; consider a remedy for the delay.")),

    /** A referral is premature only while the council is in time (legal review W4). */
    PREMATURE_ONLY_IN_TIME("W4", "Premature only while the council is in time",
            List.of("STAGE-OMBUDSMAN-COUNCIL-OUT-OF-TIME", "STAGE-OMBUDSMAN-PREMATURE"),
            List.of("The referral was not premature: co-operate with the Ombudsman, and apologise for the council's delay.")),

    /**
     * Stage 2 always has its maximum, from the request, where the council counts it from the agreed
     * statement (legal review W6): a change to a deadline, which no rule names.
     */
    STAGE_2_MAXIMUM("W6", "Stage 2 always has its maximum",
            List.of(),
            List.of("Check whether the stage 2 response came within reg. 17's 65 working days of the request; if not, "
                    + "apologise for the delay and consider a remedy for it.")),

    /** A stage 2 or final response without an independent person (legal review M2). */
    INDEPENDENT_PERSON("M2", "The independent person",
            List.of("STAGE-2-RESPONSE-WITHOUT-INDEPENDENT-PERSON", "STAGE-3-FINAL-RESPONSE-WITHOUT-INDEPENDENT-PERSON"),
            List.of("Consider a fresh stage 2 investigation with an independent person, as the Ombudsman often recommends.")),

    /** When stage 2 never ends (legal review M9). */
    STAGE_2_NEVER_ENDS("M9", "When stage 2 never ends",
            List.of("STAGE-2-OUT-OF-TIME", "STAGE-3-REQUEST-STAGE-2-OVERDUE"),
            List.of("Tell the complainant what they may do now (the Ombudsman, or a review panel where the council allows "
                    + "it), apologise for the delay, and consider a remedy for it."));

    private final String finding;
    private final String title;
    private final List<String> rules;
    private final List<String> consider;

    Correction(String finding, String title, List<String> rules, List<String> consider) {
        this.finding = finding;
        this.title = title;
        this.rules = rules;
        this.consider = consider;
    }

    /**
     * The legal review's finding behind the correction (W1 to W8, M1 to M9), or "oracle" for one
     * the project's independent oracle found.
     *
     * @return the finding's code; never null
     */
    public String finding() {
        return finding;
    }

    /**
     * The correction's heading in the project's change log.
     *
     * @return the title; never null
     */
    public String title() {
        return title;
    }

    /**
     * The ids of the rules that now answer otherwise, and the prefixes (ending in "-") of families of them.
     *
     * @return the ids and prefixes; never null, unmodifiable
     */
    public List<String> rules() {
        return rules;
    }

    /**
     * What a council that acted on the old answer should consider doing: never a decision made for it.
     *
     * @return the considerations; never null, unmodifiable
     */
    public List<String> consider() {
        return consider;
    }

    /**
     * Whether the rule {@code ruleId} is one of this correction's.
     *
     * @param ruleId a rule's id; not null
     * @return true if it is one of the ids, or begins with one of the prefixes; false for
     *     {@link #STAGE_2_MAXIMUM}, which names no rule
     */
    public boolean covers(String ruleId) {
        return rules.stream().anyMatch(rule -> rule.endsWith("-") ? ruleId.startsWith(rule) : ruleId.equals(rule));
    }
}
