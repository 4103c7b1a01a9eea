package org.cscrules.drl.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.law.StatutoryAge;
import org.cscrules.core.request.CareLeaverCategory;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.RepresentationMode;
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.StatusBasis;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Understanding;
import org.kie.api.definition.rule.Rule;

/**
 * One validated request as the rules see it: the request's facts, plus the few values Java works
 * out with the calendar for the rules to read (whether the complaint came more than a year after
 * the grounds arose, and after the complainant learned of them; the child's age on the day
 * received): arithmetic in Java, every decision on it in the rules. The readings (which of the two the time limit runs from, the scope of a report to
 * court, whether the child's consent is required, whether reg. 12 applies, whether the council
 * accepted a late complaint) are rules that insert facts, not Java. Carries its own {@link Findings}, which the rules write through one helper per
 * kind of finding, so that many complaints can be assessed in one session.
 */
public final class Complaint {

    private static final Set<Circumstance> CONCURRENT_PROCEEDINGS = EnumSet.of(
            Circumstance.CONCURRENT_COURT_PROCEEDINGS, Circumstance.CONCURRENT_CRIMINAL_PROCEEDINGS,
            Circumstance.CONCURRENT_DISCIPLINARY_PROCEEDINGS, Circumstance.CONCURRENT_TRIBUNAL_PROCEEDINGS);

    /** The functions of Part 3 a care leaver may complain about (Children Act 1989 s24D(1)). */
    private static final Set<LocalAuthorityFunction> CARE_LEAVERS_FUNCTIONS = EnumSet.of(LocalAuthorityFunction.LEAVING_CARE_SUPPORT,
            LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE);

    private final ComplaintRequest request;
    private final Integer age;
    private final boolean lateFromGrounds;
    private final boolean lateFromKnowledge;
    private final Findings findings;

    /**
     * @param request a request that passed validation
     * @param limitFromGrounds the last day of the year after the grounds arose (reg. 9)
     * @param limitFromKnowledge the last day of the year after the later of the grounds arising and the
     *     complainant learning of them
     * @param citations the rules' citations, for the reasons the rules give
     */
    public Complaint(ComplaintRequest request, LocalDate limitFromGrounds, LocalDate limitFromKnowledge, RuleCitations citations) {
        this.request = request;
        this.findings = new Findings(citations);
        this.age = age(request);
        this.lateFromGrounds = request.dates().received().isAfter(limitFromGrounds);
        this.lateFromKnowledge = request.dates().received().isAfter(limitFromKnowledge);
    }

    /** A finding that points to the procedure applying, with the actions it requires. */
    public void eligible(Rule rule, String text, RequiredAction... actions) {
        findings.finding(rule, Effect.ELIGIBLE, text, actions);
    }

    /**
     * A finding that the complainant may complain about the function complained about: its reason
     * cites the rule's category and the provision that brings the function into the procedure (reg.
     * 3 for the Part 4 and 5 functions, reg. 4 for adoption, reg. 5 for special guardianship).
     */
    public void eligibleAbout(Rule rule, String text) {
        findings.finding(rule, Effect.ELIGIBLE, text, request.subject().function());
    }

    /** A note: an action, or a condition met, that decides nothing. */
    public void neutral(Rule rule, String text, RequiredAction... actions) {
        findings.finding(rule, Effect.NEUTRAL, text, actions);
    }

    /** A decision the council must take first, with the actions it requires. */
    public void discretion(Rule rule, String text, RequiredAction... actions) {
        findings.finding(rule, Effect.DISCRETION_REQUIRED, text, actions);
    }

    /**
     * A finding that the procedure does not apply, with the route the complaint goes by instead:
     * there is no not-eligible finding without its route.
     *
     * @throws IllegalArgumentException if {@code route} is null
     */
    public void notEligible(Rule rule, AlternativeRoute route, String text, RequiredAction... actions) {
        if (route == null) {
            throw new IllegalArgumentException("Rule '" + rule.getName() + "' found the complaint not eligible without a route");
        }
        findings.finding(rule, Effect.NOT_ELIGIBLE, text, actions);
        findings.route(route);
    }

    /** The stage 1 clock starts from the council's reg. 12 decision, not from receipt. */
    public void stage1ClockFromSufficientInterestDecision() {
        findings.stage1ClockFromSufficientInterestDecision();
    }

    /** The child's age in years on the day received: as given, or from the date of birth; null if unknown or no child. */
    private static Integer age(ComplaintRequest request) {
        Child child = request.child();
        if (child == null || child.ageInYears() != null) {
            return child == null ? null : child.ageInYears();
        }
        LocalDate born = child.dateOfBirth();
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

    /** Whether the complainant's category needs the council's sufficient-interest decision (reg. 12). */
    public boolean isCategoryNeedsSufficientInterestDecision() {
        return request.complainantRole().needsSufficientInterestDecision();
    }

    /** The child's understanding, as the council recorded it; null when no particular child is concerned. */
    public Understanding getUnderstanding() {
        return request.child() == null ? null : request.child().understanding();
    }

    /** Whether the child's statuses are the council's settled assessment (true when no child is concerned). */
    public boolean isStatusSettled() {
        return request.child() == null || request.child().statusBasis().isSettled();
    }

    /** How the child's statuses were established; null when no particular child is concerned. */
    public StatusBasis getStatusBasis() {
        return request.child() == null ? null : request.child().statusBasis();
    }

    /** Which person of s24D(1) a care leaver is; null when not recorded. */
    public CareLeaverCategory getCareLeaverCategory() {
        return request.child() == null ? null : request.child().careLeaverCategory();
    }

    /** The kinds of grievance raised. */
    public Set<Grievance> getGrievances() {
        return request.subject().grievances();
    }

    /**
     * Whether the complaint is about a decision only: no grievance given, or the decision itself
     * among them (what a conference's or the independent review mechanism's route covers).
     */
    public boolean isAboutADecision() {
        Set<Grievance> grievances = request.subject().grievances();
        return grievances.isEmpty() || grievances.contains(Grievance.UNWELCOME_OR_DISPUTED_DECISION);
    }

    /** Whether the complaint raises something other than a decision: conduct, delay, quality. */
    public boolean isAboutMoreThanADecision() {
        Set<Grievance> grievances = request.subject().grievances();
        return grievances.size() > (grievances.contains(Grievance.UNWELCOME_OR_DISPUTED_DECISION) ? 1 : 0);
    }

    /**
     * The role in which the child's representative may complain in their own right (a parent, a
     * person with parental responsibility, a local authority foster parent); null when none, or when
     * the complaint is not made on a child's behalf.
     */
    public ComplainantRole getRepresentativesOwnRole() {
        Representation representation = request.representation();
        return representation.mode() != RepresentationMode.ON_BEHALF_OF_CHILD ? null
                : representation.representative().ownRightFor(request.complainantRole()).orElse(null);
    }

    /** Who acts for an adult complainant; null when they act in person. */
    public RepresentativeKind getComplainantsRepresentative() {
        return request.representation().complainantsRepresentative();
    }

    /** Whether the adult complainant confirmed their representative; null until asked. */
    public Boolean getComplainantConsented() {
        return request.representation().complainantConsented();
    }

    /** Whether a child under 18 (or of unknown age) is concerned: the children s26A's advocacy duty covers; never where no child is. */
    public boolean isChild() {
        return request.child() != null && (age == null || age < StatutoryAge.ADULTHOOD.years());
    }

    /**
     * Whether the complaint is about a function of Part 3 a care leaver may complain about under
     * s24D(1) ("their functions under this Part"): leaving-care support, Part 3 support, the
     * assessment of need.
     */
    public boolean isAboutCareLeaversFunctions() {
        return CARE_LEAVERS_FUNCTIONS.contains(request.subject().function());
    }

    /** Whether the complaint is about the assessment of whether the child is in need, its finding, or a refused service. */
    public boolean isAboutAssessmentOfNeed() {
        return request.subject().isAboutAssessmentOfNeed();
    }

    /** The council's decision whether a complaint about the complainant's own treatment concerns the child; null until made. */
    public Boolean getConcernsTheChild() {
        return request.findings().concernsTheChild();
    }

    /** The council's decision whether to consider again a repeated or persistent complaint; null until made. */
    public Boolean getConsideredAgain() {
        return request.findings().consideredAgain();
    }

    /** The council's reg. 8 decision whether considering the complaint might prejudice the concurrent proceedings; null until made. */
    public Boolean getMightPrejudiceProceedings() {
        return request.findings().mightPrejudiceProceedings();
    }

    /** The time limit runs from the complainant learning of the grounds, as a council may read reg. 9. */
    public void timeLimitFromKnowledge() {
        findings.timeLimitFromKnowledge();
    }

    /** The child's statuses; empty when no particular child is concerned. */
    public Set<ChildStatus> getStatuses() {
        return request.child() == null ? Set.of() : request.child().statuses();
    }

    public Integer getAge() {
        return age;
    }

    public LocalAuthorityFunction getFunction() {
        return request.subject().function();
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

    /** Whether the complaint came more than a year after the grounds arose (reg. 9). */
    public boolean isLateFromGrounds() {
        return lateFromGrounds;
    }

    /** Whether it came more than a year after the later of the grounds arising and the complainant learning of them. */
    public boolean isLateFromKnowledge() {
        return lateFromKnowledge;
    }

    /** The council's finding on the first limb of the late-complaint test, or null while it has made none. */
    public Boolean getCouldNotReasonablyComplainInTime() {
        return request.findings().couldNotReasonablyComplainInTime();
    }

    /** The council's finding on the second limb of the late-complaint test, or null while it has made none. */
    public Boolean getCanStillBeConsideredFairly() {
        return request.findings().canStillBeConsideredFairly();
    }

    @Override
    public String toString() {
        return "Complaint[" + getRole() + ", " + getFunction() + "]";
    }
}
