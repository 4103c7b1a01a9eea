package org.cscrules.drl.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.FunctionScope;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.RepresentationMode;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Understanding;

/**
 * One validated request as the rules see it: the request's facts, plus the few values Java works
 * out so that DRL only decides (the effective scope under A23, whether the complaint is late under
 * reg. 9 and A14, the child's age, whether the council's consent setting applies to this child).
 * Carries its own {@link Findings}, so that many complaints can be assessed in one session.
 */
public final class Complaint {

    private static final Set<Circumstance> CONCURRENT_PROCEEDINGS = EnumSet.of(
            Circumstance.CONCURRENT_COURT_PROCEEDINGS, Circumstance.CONCURRENT_CRIMINAL_PROCEEDINGS,
            Circumstance.CONCURRENT_DISCIPLINARY_PROCEEDINGS, Circumstance.CONCURRENT_TRIBUNAL_PROCEEDINGS);

    private final ComplaintRequest request;
    private final FunctionScope scope;
    private final Integer age;
    private final boolean late;
    private final boolean consentRequired;
    private final boolean needsSufficientInterestDecision;
    private final boolean timeLimitFromKnowledge;
    private final Findings findings;

    /**
     * @param request a request that passed validation
     * @param policy the council's settings
     * @param timeLimit the date from which a complaint is late (reg. 9): one year after the trigger of A14
     * @param citations the rules' citations, for the reasons the rules give
     */
    public Complaint(ComplaintRequest request, LocalPolicy policy, LocalDate timeLimit, RuleCitations citations) {
        this.request = request;
        this.findings = new Findings(citations);
        this.scope = effectiveScope(request.subject().function(), policy);
        this.age = age(request);
        this.late = request.dates().received().isAfter(timeLimit);
        this.needsSufficientInterestDecision = request.complainantRole().needsSufficientInterestDecision()
                || request.complainantRole() == ComplainantRole.INDEPENDENT_FOSTERING_AGENCY_CARER
                && !policy.independentFosteringAgencyCarersAreFosterParents();
        this.timeLimitFromKnowledge = policy.timeLimitTrigger() == LocalPolicy.TimeLimitTrigger.LATER_OF_GROUNDS_AND_KNOWLEDGE;
        this.consentRequired = switch (policy.childConsent()) {
            case RECORD_VIEWS -> false;
            case ALWAYS_REQUIRED -> true;
            case REQUIRED_FROM_AGE -> age != null && age >= policy.childConsentAge();
            case REQUIRED_IF_SUFFICIENT_UNDERSTANDING -> request.child().understanding() == Understanding.SUFFICIENT;
        };
    }

    /** The function's scope, moved in or out by the council's reading of court reports (A23). */
    private static FunctionScope effectiveScope(LocalAuthorityFunction function, LocalPolicy policy) {
        return switch (function) {
            case PUBLIC_LAW_COURT_REPORT -> policy.publicLawCourtReportsInScope()
                    ? FunctionScope.QUALIFYING_FUNCTIONS : FunctionScope.OUTSIDE_THE_PROCEDURE;
            case PRIVATE_LAW_WELFARE_REPORT, COURT_DIRECTED_INVESTIGATION_REPORT -> policy.privateLawCourtReportsInScope()
                    ? FunctionScope.QUALIFYING_FUNCTIONS : FunctionScope.OUTSIDE_THE_PROCEDURE;
            default -> function.scope();
        };
    }

    /** The child's age in years on the day received: as given, or from the date of birth; null if unknown. */
    private static Integer age(ComplaintRequest request) {
        if (request.child().ageInYears() != null) {
            return request.child().ageInYears();
        }
        LocalDate born = request.child().dateOfBirth();
        return born == null ? null : Period.between(born, request.dates().received()).getYears();
    }

    public ComplaintRequest getRequest() {
        return request;
    }

    public Findings getFindings() {
        return findings;
    }

    public ComplainantRole getRole() {
        return request.complainantRole();
    }

    /** Whether the complainant is the child (or the child through a representative). */
    public boolean isChildsOwnRole() {
        return request.complainantRole().childsOwnStatus().isPresent();
    }

    /**
     * Whether the council must decide sufficient interest (reg. 12): the s26(3)(e), (3B)(b), (3C)(c)
     * and reg. 21 persons, and an agency foster carer where the council reads A19 strictly.
     */
    public boolean isNeedsSufficientInterestDecision() {
        return needsSufficientInterestDecision;
    }

    /** Whether a child under 18 (or of unknown age): the children s26A's advocacy duty covers. */
    public boolean isChild() {
        return age == null || age < 18;
    }

    /** What starts the one-year time limit, in words (reg. 9, or the council's reading of A14). */
    public String getTimeLimitStart() {
        return timeLimitFromKnowledge ? "the complainant learning of the grounds (the council's reading, A14)"
                : "the grounds arising";
    }

    public Set<ChildStatus> getStatuses() {
        return request.child().statuses();
    }

    public Integer getAge() {
        return age;
    }

    public LocalAuthorityFunction getFunction() {
        return request.subject().function();
    }

    public FunctionScope getScope() {
        return scope;
    }

    public RepresentationMode getMode() {
        return request.representation().mode();
    }

    public ChildViews getChildViews() {
        return request.representation().childViews();
    }

    public Suitability getRepresentativeSuitability() {
        return request.representation().suitability();
    }

    public Boolean getBestInterestsConfirmed() {
        return request.representation().bestInterestsConfirmed();
    }

    public Set<Circumstance> getCircumstances() {
        return request.circumstances();
    }

    public boolean isConcurrentProceedings() {
        return request.circumstances().stream().anyMatch(CONCURRENT_PROCEEDINGS::contains);
    }

    /** The reg. 12 decision, or NOT_YET_DECIDED. */
    public Suitability getSufficientInterest() {
        Suitability decision = request.findings().sufficientInterest();
        return decision == null ? Suitability.NOT_YET_DECIDED : decision;
    }

    public boolean isLate() {
        return late;
    }

    /** Whether the council found a late complaint acceptable on both limbs (reg. 9, A15). */
    public boolean isLateComplaintAccepted() {
        return Boolean.TRUE.equals(request.findings().couldNotReasonablyComplainInTime())
                && Boolean.TRUE.equals(request.findings().canStillBeConsideredFairly());
    }

    /** Whether the council found either limb of the late-complaint test not met. */
    public boolean isLateComplaintRefused() {
        return Boolean.FALSE.equals(request.findings().couldNotReasonablyComplainInTime())
                || Boolean.FALSE.equals(request.findings().canStillBeConsideredFairly());
    }

    /** Whether the council's consent setting (A20) requires this child's consent. */
    public boolean isConsentRequired() {
        return consentRequired;
    }

    @Override
    public String toString() {
        return "Complaint[" + getRole() + ", " + getFunction() + "]";
    }
}
