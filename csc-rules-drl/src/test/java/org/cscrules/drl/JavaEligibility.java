package org.cscrules.drl;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.law.LegalChange;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.LocalPolicy.RepresentativeWithoutChildsViews;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.FunctionScope;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.RepresentationMode;
import org.cscrules.core.request.Understanding;
import org.cscrules.drl.internal.Complaint;

/**
 * The same eligibility decision in plain Java if/else, rule for rule: the oracle of the
 * differential property (DRL and Java agree on every random valid request) and the baseline the
 * benchmarks compare Drools with. Test scope only: the DRL is the implementation.
 */
public final class JavaEligibility {

    /** What the rules decided: the outcome, each rule that applied with its effect, the actions and the route. */
    public record Verdict(Outcome outcome, java.util.Map<String, Effect> effects, Set<RequiredAction> actions,
                          AlternativeRoute route) {
    }

    private final LocalPolicy policy;

    public JavaEligibility(LocalPolicy policy) {
        this.policy = policy;
    }

    public Verdict decide(Complaint c) {
        Acc acc = new Acc();
        readings(c);
        who(c, acc);
        representatives(c, acc);
        scope(c, acc);
        timeAndProceedings(c, acc);
        actions(c, acc);
        Outcome outcome = Effect.strongestOutcome(acc.fired.values());
        AlternativeRoute route = null;
        if (outcome != Outcome.NOT_ELIGIBLE) {
            acc.actions.addAll(acc.actionsOfEligibleFindings);
        } else {
            acc.fired.values().removeIf(effect -> effect == Effect.ELIGIBLE);
            route = acc.routes.iterator().next();
            acc.actions.removeAll(DroolsEligibilityService.MOOT_WHEN_NOT_ELIGIBLE);
            acc.actions.add(RequiredAction.REFER_TO_ALTERNATIVE_ROUTE);
            acc.actions.add(RequiredAction.TELL_COMPLAINANT_ABOUT_OMBUDSMAN);
        }
        return new Verdict(outcome, acc.fired, acc.actions, route);
    }

    private static final class Acc {
        final TreeMap<String, Effect> fired = new TreeMap<>();
        final Set<RequiredAction> actions = EnumSet.noneOf(RequiredAction.class);
        /** Actions required only by findings that point to ELIGIBLE: they go with those findings from a not-eligible decision. */
        final Set<RequiredAction> actionsOfEligibleFindings = EnumSet.noneOf(RequiredAction.class);
        final Set<AlternativeRoute> routes = EnumSet.noneOf(AlternativeRoute.class);
        boolean standing;

        void fire(String id, Effect effect) {
            fired.put(id, effect);
        }

        void stand(String id, Effect effect) {
            standing = true;
            fire(id, effect);
        }

        void refuse(String id, AlternativeRoute route) {
            fire(id, Effect.NOT_ELIGIBLE);
            routes.add(route);
        }
    }

    private void who(Complaint c, Acc acc) {
        ComplainantRole role = c.getRole();
        FunctionScope scope = scope(c);
        boolean qualifying = scope == FunctionScope.QUALIFYING_FUNCTIONS;
        Set<ChildStatus> statuses = c.getStatuses();
        boolean lookedAfterOrInNeed = statuses.contains(ChildStatus.LOOKED_AFTER) || statuses.contains(ChildStatus.IN_NEED);
        switch (role) {
            case CHILD_LOOKED_AFTER -> { if (qualifying) acc.stand("WHO-E1-LOOKED-AFTER", Effect.ELIGIBLE); }
            case CHILD_IN_NEED -> { if (qualifying) acc.stand("WHO-E1-IN-NEED", Effect.ELIGIBLE); }
            case PARENT -> { if (qualifying && lookedAfterOrInNeed) acc.stand("WHO-E2-PARENT", Effect.ELIGIBLE); }
            case PARENTAL_RESPONSIBILITY_HOLDER -> {
                if (qualifying && lookedAfterOrInNeed) acc.stand("WHO-E3-PARENTAL-RESPONSIBILITY", Effect.ELIGIBLE);
            }
            case LOCAL_AUTHORITY_FOSTER_PARENT -> { if (qualifying) acc.stand("WHO-E4-FOSTER-PARENT", Effect.ELIGIBLE); }
            case INDEPENDENT_FOSTERING_AGENCY_CARER -> {
                if (qualifying && policy.independentFosteringAgencyCarersAreFosterParents()) {
                    acc.stand("WHO-E4-AGENCY-CARER", Effect.ELIGIBLE);
                } else if (qualifying && lookedAfterOrInNeed) {
                    acc.stand("WHO-E4-AGENCY-CARER-SUFFICIENT-INTEREST", Effect.ELIGIBLE);
                }
            }
            case SUFFICIENT_INTEREST_IN_CHILD -> {
                if (qualifying && lookedAfterOrInNeed) acc.stand("WHO-E5-SUFFICIENT-INTEREST", Effect.ELIGIBLE);
            }
            case CHILD_WHO_MAY_BE_ADOPTED, PARENT_OR_GUARDIAN_OF_CHILD_WHO_MAY_BE_ADOPTED, PERSON_WISHING_TO_ADOPT, ADOPTED_PERSON,
                 PARENT_NATURAL_PARENT_OR_FORMER_GUARDIAN_OF_ADOPTED_PERSON, PERSON_TO_WHOM_ADOPTION_SUPPORT_EXTENDS -> {
                if (scope == FunctionScope.ADOPTION_FUNCTIONS) acc.stand("WHO-E6-E7-ADOPTION", Effect.ELIGIBLE);
            }
            case SUFFICIENT_INTEREST_IN_ADOPTED_CHILD -> {
                if (scope == FunctionScope.ADOPTION_FUNCTIONS && statuses.contains(ChildStatus.ADOPTION_RELATED)) {
                    acc.stand("WHO-E8-SUFFICIENT-INTEREST-ADOPTION", Effect.ELIGIBLE);
                }
            }
            case CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER, SPECIAL_GUARDIAN, PARENT_OF_CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER -> {
                if (scope == FunctionScope.SPECIAL_GUARDIANSHIP_SUPPORT && statuses.contains(ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER)) {
                    acc.stand("WHO-E9-E10-SPECIAL-GUARDIANSHIP", Effect.ELIGIBLE);
                }
            }
            case SPECIAL_GUARDIANSHIP_SUPPORT_ASSESSMENT_APPLICANT -> {
                if (scope == FunctionScope.SPECIAL_GUARDIANSHIP_SUPPORT) acc.stand("WHO-E12-S14F-APPLICANT", Effect.ELIGIBLE);
            }
            case SUFFICIENT_INTEREST_IN_SPECIAL_GUARDIANSHIP_CHILD -> {
                if (scope == FunctionScope.SPECIAL_GUARDIANSHIP_SUPPORT && statuses.contains(ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER)) {
                    acc.stand("WHO-E11-SUFFICIENT-INTEREST-SPECIAL-GUARDIANSHIP", Effect.ELIGIBLE);
                }
            }
            case CARE_LEAVER -> {
                acc.fire(personalAdvisersTo25(c) ? "WHO-E13-CEILING" : "WHO-E13-CEILING-BEFORE-2018", Effect.NEUTRAL);
                if (!overCareLeaverAge(c) && scope == FunctionScope.LEAVING_CARE) acc.stand("WHO-E13-CARE-LEAVER", Effect.ELIGIBLE);
                if (overCareLeaverAge(c)) acc.refuse("WHO-E13-OVER-AGE", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
            }
            case CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION, PARENT_OR_PR_HOLDER_OF_CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION,
                 SUFFICIENT_INTEREST_IN_VOLUNTARY_ORGANISATION_CHILD -> {
                if (scope == FunctionScope.VOLUNTARY_ORGANISATION && statuses.contains(ChildStatus.ACCOMMODATED_BY_VOLUNTARY_ORGANISATION)
                        && !statuses.contains(ChildStatus.LOOKED_AFTER)) {
                    acc.stand("WHO-E14-VOLUNTARY-ORGANISATION", Effect.ELIGIBLE);
                }
            }
            case FOSTERING_LIMITS_REPRESENTATIONS -> {
                if (scope == FunctionScope.FOSTERING_LIMITS) acc.stand("WHO-E15-FOSTERING-LIMITS", Effect.ELIGIBLE);
            }
            case NONE_OF_THESE -> acc.refuse("WHO-NONE", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
        }
        if (role != ComplainantRole.NONE_OF_THESE && scope != FunctionScope.OUTSIDE_THE_PROCEDURE && !overCareLeaverAge(c)
                && !acc.standing) {
            acc.refuse("WHO-NO-STANDING", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
        }
    }

    /** The readings that set where the clocks run from: A3 (REP-REG12-CLOCK) and A14 (TIME-FROM-KNOWLEDGE). */
    private void readings(Complaint c) {
        if (reg12Applies(c) && policy.stage1ClockStart() == LocalPolicy.Stage1ClockStart.REG_12_DECISION_FOR_DISCRETIONARY_COMPLAINANTS) {
            c.stage1ClockFromSufficientInterestDecision();
        }
        if (policy.timeLimitTrigger() == LocalPolicy.TimeLimitTrigger.LATER_OF_GROUNDS_AND_KNOWLEDGE) {
            c.timeLimitFromKnowledge();
        }
    }

    /** The function's scope: the statute's, or for a report to court the council's reading (A23). */
    private FunctionScope scope(Complaint c) {
        return switch (c.getFunction()) {
            case PUBLIC_LAW_COURT_REPORT -> policy.publicLawCourtReportsInScope()
                    ? FunctionScope.QUALIFYING_FUNCTIONS : FunctionScope.OUTSIDE_THE_PROCEDURE;
            case PRIVATE_LAW_WELFARE_REPORT, COURT_DIRECTED_INVESTIGATION_REPORT -> policy.privateLawCourtReportsInScope()
                    ? FunctionScope.QUALIFYING_FUNCTIONS : FunctionScope.OUTSIDE_THE_PROCEDURE;
            default -> c.getFunction().scope();
        };
    }

    /** Whether reg. 12 applies: the complainant's category, or an agency carer the council does not treat as a foster parent (A19). */
    private boolean reg12Applies(Complaint c) {
        return c.isCategoryNeedsSufficientInterestDecision()
                || c.getRole() == ComplainantRole.INDEPENDENT_FOSTERING_AGENCY_CARER && !policy.independentFosteringAgencyCarersAreFosterParents();
    }

    /** Whether the council's reading of A20 requires this child's consent. */
    private boolean consentRequired(Complaint c) {
        return switch (policy.childConsent()) {
            case RECORD_VIEWS -> false;
            case ALWAYS_REQUIRED -> true;
            case REQUIRED_FROM_AGE -> c.getAge() != null && c.getAge() >= policy.childConsentAge().getAsInt();
            case REQUIRED_IF_SUFFICIENT_UNDERSTANDING -> c.getUnderstanding() == Understanding.SUFFICIENT;
        };
    }

    /** Whether the complaint was received once personal-adviser support reached 25. */
    private static boolean personalAdvisersTo25(Complaint c) {
        return LegalChange.PERSONAL_ADVISERS_TO_25.appliesTo(c.getRequest().dates().received());
    }

    /** Whether a care leaver is older than the ceiling in force on the day received (A24). */
    private boolean overCareLeaverAge(Complaint c) {
        int ceiling = personalAdvisersTo25(c) ? policy.careLeaverAgeCeiling()
                : policy.effectiveCareLeaverAgeCeilingBefore2018();
        return c.getRole() == ComplainantRole.CARE_LEAVER && c.getAge() != null && c.getAge() > ceiling;
    }

    private void representatives(Complaint c, Acc acc) {
        if (reg12Applies(c)) {
            switch (c.getSufficientInterest()) {
                case NOT_YET_DECIDED -> {
                    acc.fire("REP-REG12-UNDECIDED", Effect.DISCRETION_REQUIRED);
                    acc.actions.add(RequiredAction.DECIDE_SUFFICIENT_INTEREST);
                }
                case SUITABLE -> {
                    acc.fire("REP-REG12-FOUND", Effect.ELIGIBLE);
                    acc.actionsOfEligibleFindings.add(RequiredAction.TELL_CHILD_OF_SUFFICIENT_INTEREST_DECISION);
                }
                case NOT_SUITABLE -> {
                    acc.refuse("REP-REG12-NOT-FOUND", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
                    acc.actions.add(RequiredAction.NOTIFY_NO_SUFFICIENT_INTEREST);
                    acc.actions.add(RequiredAction.TELL_CHILD_OF_SUFFICIENT_INTEREST_DECISION);
                }
            }
        }
        if (c.getMode() == RepresentationMode.RELATES_TO_CHILD) {
            acc.fire("REP-RELATES-TO-CHILD", Effect.NEUTRAL);
        }
        if (c.getMode() != RepresentationMode.ON_BEHALF_OF_CHILD) {
            return;
        }
        switch (c.getRepresentativeSuitability()) {
            case NOT_YET_DECIDED -> {
                acc.fire("REP-SUITABILITY-UNDECIDED", Effect.DISCRETION_REQUIRED);
                acc.actions.add(RequiredAction.DECIDE_REPRESENTATIVE_SUITABILITY);
            }
            case SUITABLE -> acc.fire("REP-SUITABLE", Effect.ELIGIBLE);
            case NOT_SUITABLE -> {
                acc.refuse("REP-NOT-SUITABLE", AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE);
                acc.actions.add(RequiredAction.NOTIFY_REPRESENTATIVE_IN_WRITING);
            }
        }
        ChildViews views = c.getChildViews();
        boolean required = consentRequired(c);
        if (views == ChildViews.CONSENT_GIVEN) {
            acc.fire("REP-CHILD-CONSENTS", Effect.ELIGIBLE);
        } else if (views == ChildViews.NOT_SOUGHT) {
            acc.fire(required ? "REP-CONSENT-NOT-SOUGHT" : "REP-VIEWS-NOT-SOUGHT", required ? Effect.DISCRETION_REQUIRED : Effect.NEUTRAL);
            acc.actions.add(RequiredAction.CONFIRM_CHILDS_VIEWS);
        } else if (views == ChildViews.CONSENT_REFUSED) {
            if (required) {
                acc.refuse("REP-CONSENT-REFUSED-REQUIRED", AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE);
            } else {
                acc.fire("REP-CONSENT-REFUSED", Effect.DISCRETION_REQUIRED);
            }
        } else if (policy.representativeWithoutChildsViews() == RepresentativeWithoutChildsViews.ACCEPT) {
            acc.fire("REP-VIEWS-UNOBTAINABLE", Effect.ELIGIBLE);
        } else if (c.getBestInterestsConfirmed() == null) {
            acc.fire("REP-BEST-INTERESTS-UNDECIDED", Effect.DISCRETION_REQUIRED);
        } else if (c.getBestInterestsConfirmed()) {
            acc.fire("REP-BEST-INTERESTS-CONFIRMED", Effect.ELIGIBLE);
        } else {
            acc.refuse("REP-BEST-INTERESTS-REFUSED", AlternativeRoute.COMPLAINT_BY_THE_CHILD_OR_ANOTHER_REPRESENTATIVE);
            acc.actions.add(RequiredAction.NOTIFY_REPRESENTATIVE_IN_WRITING);
        }
    }

    private void scope(Complaint c, Acc acc) {
        LocalAuthorityFunction function = c.getFunction();
        Set<Circumstance> circumstances = c.getCircumstances();
        switch (function) {
            case CHILD_PROTECTION_ENQUIRY -> acc.refuse("SCOPE-S47-ENQUIRY", AlternativeRoute.CHILD_PROTECTION_CONFERENCE_ROUTE);
            case CHILD_PROTECTION_CONFERENCE_OR_PLAN -> acc.refuse("SCOPE-CP-CONFERENCE", AlternativeRoute.CHILD_PROTECTION_CONFERENCE_ROUTE);
            case PRIVATE_LAW_WELFARE_REPORT, COURT_DIRECTED_INVESTIGATION_REPORT -> {
                if (policy.privateLawCourtReportsInScope()) {
                    acc.fire("SCOPE-PRIVATE-LAW-REPORT-LOCAL", Effect.ELIGIBLE);
                } else {
                    acc.refuse("SCOPE-PRIVATE-LAW-REPORT", AlternativeRoute.THE_COURT);
                }
            }
            case PUBLIC_LAW_COURT_REPORT -> {
                if (policy.publicLawCourtReportsInScope()) {
                    acc.fire("SCOPE-PUBLIC-LAW-REPORT", Effect.ELIGIBLE);
                } else {
                    acc.refuse("SCOPE-PUBLIC-LAW-REPORT-LOCAL", AlternativeRoute.THE_COURT);
                }
            }
            case FOSTER_CARER_OR_ADOPTER_APPROVAL -> acc.refuse("SCOPE-APPROVAL", AlternativeRoute.INDEPENDENT_REVIEW_MECHANISM);
            case OTHER_COUNCIL_FUNCTION -> acc.refuse("SCOPE-OTHER-FUNCTION", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
            default -> { }
        }
        if (circumstances.contains(Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT)) {
            acc.refuse("SCOPE-ADULT-TREATMENT", AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE);
        }
        if (circumstances.contains(Circumstance.ORAL_COMPLAINT_RESOLVED_BY_NEXT_WORKING_DAY)) {
            if (policy.nextWorkingDayResolutionExcluded()) {
                acc.refuse("SCOPE-NEXT-DAY-EXCLUDED", AlternativeRoute.INFORMAL_RESOLUTION);
            } else {
                acc.fire("SCOPE-NEXT-DAY-NOT-EXCLUDED", Effect.NEUTRAL);
            }
        }
        boolean adultRules = policy.adultRepeatExclusionsApplied();
        if (circumstances.contains(Circumstance.ALREADY_CONSIDERED)) {
            acc.fire(adultRules ? "SCOPE-ALREADY-CONSIDERED-LOCAL" : "SCOPE-ALREADY-CONSIDERED",
                    adultRules ? Effect.DISCRETION_REQUIRED : Effect.NEUTRAL);
        }
        if (circumstances.contains(Circumstance.INVESTIGATED_BY_OMBUDSMAN)) {
            acc.fire(adultRules ? "SCOPE-OMBUDSMAN-INVESTIGATED-LOCAL" : "SCOPE-OMBUDSMAN-INVESTIGATED",
                    adultRules ? Effect.DISCRETION_REQUIRED : Effect.NEUTRAL);
        }
    }

    private void timeAndProceedings(Complaint c, Acc acc) {
        boolean late = policy.timeLimitTrigger() == LocalPolicy.TimeLimitTrigger.GROUNDS_AROSE ? c.isLateFromGrounds()
                : c.isLateFromKnowledge();
        Boolean notReasonable = c.getCouldNotReasonablyComplainInTime();
        Boolean fair = c.getCanStillBeConsideredFairly();
        if (!late) {
            acc.fire("TIME-IN-TIME", Effect.NEUTRAL);
        } else if (Boolean.TRUE.equals(notReasonable) && Boolean.TRUE.equals(fair)) {
            acc.fire("TIME-LATE-ACCEPTED", Effect.ELIGIBLE);
        } else if (Boolean.FALSE.equals(notReasonable) || Boolean.FALSE.equals(fair)) {
            acc.refuse("TIME-LATE-REFUSED", AlternativeRoute.LOCAL_GOVERNMENT_OMBUDSMAN);
        } else {
            acc.fire("TIME-LATE", Effect.DISCRETION_REQUIRED);
            acc.fire(policy.lateComplaintPresumption() ? "TIME-LATE-PRESUMPTION" : "TIME-LATE-NO-PRESUMPTION", Effect.NEUTRAL);
            acc.actions.add(RequiredAction.DECIDE_LATE_COMPLAINT);
        }
        if (c.isConcurrentProceedings()) {
            acc.fire("PROC-CONCURRENT", Effect.DISCRETION_REQUIRED);
            acc.fire(policy.concurrentProceedings() == LocalPolicy.ConcurrentProceedings.SUSPEND_WITH_WRITTEN_REASON
                    ? "PROC-CONCURRENT-SUSPEND" : "PROC-CONCURRENT-DECLINE", Effect.NEUTRAL);
            acc.actions.add(RequiredAction.DECIDE_CONCURRENT_PROCEEDINGS);
        }
    }

    private void actions(Complaint c, Acc acc) {
        if (c.isChildsOwnRole() && c.isChild() && c.getRole() != ComplainantRole.CARE_LEAVER
                && c.getRole() != ComplainantRole.CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION) {
            acc.fire("ACT-ADVOCACY-CHILD", Effect.NEUTRAL);
            acc.actions.add(RequiredAction.OFFER_ADVOCACY);
        }
        if (c.getRole() == ComplainantRole.CARE_LEAVER && !overCareLeaverAge(c)) {
            acc.fire("ACT-ADVOCACY-CARE-LEAVER", Effect.NEUTRAL);
            acc.actions.add(RequiredAction.OFFER_ADVOCACY);
        }
        acc.fire("ACT-ACKNOWLEDGE", Effect.NEUTRAL);
        acc.actions.add(RequiredAction.ACKNOWLEDGE_RECEIPT);
    }
}
