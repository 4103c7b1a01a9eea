package org.cscrules.drl;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.PartDecision;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.internal.validation.ModelValidator;
import org.cscrules.core.internal.whatif.WhatIf;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.timescale.Deadlines;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;
import org.cscrules.drl.internal.Complaint;
import org.cscrules.drl.internal.Findings;
import org.cscrules.drl.internal.RuleCitations;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EligibilityService} on the DRL rules: validate, let the rules find, then combine the
 * findings without regard to firing order (the strongest effect wins; reasons sorted) and compute
 * the deadlines in Java. Logs rule ids and outcomes only, never personal data.
 *
 * <p>Thread-safe. Its one piece of mutable state is the {@link SessionPool} of idle sessions, which
 * no answer depends on.
 */
final class DroolsEligibilityService implements EligibilityService {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsEligibilityService.class);

    /** Decisions the council need not take once the complaint is not eligible anyway. */
    static final Set<RequiredAction> MOOT_WHEN_NOT_ELIGIBLE = EnumSet.of(RequiredAction.DECIDE_SUFFICIENT_INTEREST,
            RequiredAction.DECIDE_LATE_COMPLAINT, RequiredAction.DECIDE_CONCURRENT_PROCEEDINGS,
            RequiredAction.DECIDE_REPRESENTATIVE_SUITABILITY, RequiredAction.CONFIRM_CHILDS_VIEWS,
            RequiredAction.DECIDE_WHETHER_ABOUT_THE_CHILD, RequiredAction.DECIDE_WHETHER_TO_CONSIDER_AGAIN,
            RequiredAction.ESTABLISH_CARE_LEAVER_CATEGORY);

    private final LocalPolicy policy;
    private final Clock clock;
    private final ModelValidator validator;
    private final Deadlines deadlines;
    private final SessionPool sessions;
    private final RuleCitations citations;

    DroolsEligibilityService(LocalPolicy policy, Clock clock) {
        this(policy, clock, session -> { });
    }

    /** With each new session customised: tests attach listeners. */
    DroolsEligibilityService(LocalPolicy policy, Clock clock, Consumer<KieSession> customiser) {
        this(policy, clock, ModelValidator.create(clock), customiser);
    }

    /** With the given validator, whose clock must be {@code clock}'s. */
    DroolsEligibilityService(LocalPolicy policy, Clock clock, ModelValidator validator, Consumer<KieSession> customiser) {
        this.policy = policy;
        this.clock = clock;
        this.validator = validator;
        this.deadlines = Deadlines.create(policy);
        this.sessions = new SessionPool(RuleBase.eligibility().kieBase(), List.of(policy), customiser);
        this.citations = RuleBase.eligibility().citations();
    }

    @Override
    public EligibilityDecision assess(ComplaintRequest request) {
        validator.validate(request);
        if (request.otherParts().isEmpty()) {
            Complaint complaint = complaint(request);
            fire(List.of(complaint));
            return decide(complaint, provenance(), true);
        }
        List<Complaint> parts = parts(request);
        fire(parts);
        return decideParts(parts, provenance(), true);
    }

    @Override
    public List<EligibilityDecision> assessAll(Collection<ComplaintRequest> requests) {
        if (requests == null) {
            throw new InvalidRequestException(List.of(new Violation("", "must not be null")));
        }
        List<Violation> violations = new ArrayList<>();
        int index = 0;
        for (ComplaintRequest request : requests) {
            for (Violation violation : validator.violations(request)) {
                String path = "[" + index + "]" + (violation.path().isEmpty() ? "" : "." + violation.path());
                violations.add(new Violation(path, violation.message()));
            }
            index++;
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return assessValid(List.copyOf(requests), true);
    }

    /**
     * The alternatives' variants are validated here and assessed in a batch, one pass of the rules
     * for each batch, without their deadlines: an alternative reports an outcome, a route and reasons.
     */
    @Override
    public EligibilityDecision assessWithAlternatives(ComplaintRequest request) {
        EligibilityDecision decision = assess(request);
        return decision.withAlternatives(WhatIf.alternatives(request, decision, decision.provenance().asAtDate(),
                variant -> validator.violations(variant).isEmpty(), variants -> assessValid(variants, false)));
    }

    /** Decisions on requests already validated, in one pass of the rules; their deadlines only if asked for. */
    private List<EligibilityDecision> assessValid(List<ComplaintRequest> requests, boolean withDeadlines) {
        List<List<Complaint>> byRequest = requests.stream().map(this::parts).toList();
        fire(byRequest.stream().flatMap(List::stream).toList());
        Provenance provenance = provenance();
        return byRequest.stream().map(parts -> parts.size() == 1 ? decide(parts.get(0), provenance, withDeadlines)
                : decideParts(parts, provenance, withDeadlines)).toList();
    }

    /** One fact for each part of a validated request: the request as if it were about that part alone. */
    private List<Complaint> parts(ComplaintRequest request) {
        if (request.otherParts().isEmpty()) {
            return List.of(complaint(request));
        }
        return request.parts().stream().map(part -> complaint(request.withSubject(part).withOtherParts())).toList();
    }

    /**
     * Combines the decisions on a complaint's parts. Each part keeps its own outcome, reasons and
     * route. The decision itself is about the parts the procedure may cover (their reasons, actions
     * and deadlines, which do not depend on the part), with the action to tell the complainant where
     * any other part goes; where no part is covered, it is the parts' joint refusal, naming the most
     * specific route.
     */
    private EligibilityDecision decideParts(List<Complaint> parts, Provenance provenance, boolean withDeadlines) {
        List<EligibilityDecision> decisions = parts.stream().map(part -> decide(part, provenance, withDeadlines)).toList();
        List<PartDecision> partDecisions = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            EligibilityDecision decision = decisions.get(i);
            partDecisions.add(new PartDecision(parts.get(i).getRequest().subject(), decision.outcome(), decision.reasons(),
                    decision.alternativeRoute()));
        }
        List<EligibilityDecision> covered = decisions.stream().filter(d -> d.outcome() != Outcome.NOT_ELIGIBLE).toList();
        List<EligibilityDecision> joined = covered.isEmpty() ? decisions : covered;
        Set<Reason> reasons = new java.util.LinkedHashSet<>();
        Set<RequiredAction> actions = EnumSet.noneOf(RequiredAction.class);
        joined.forEach(d -> {
            reasons.addAll(d.reasons());
            actions.addAll(d.actions());
        });
        AlternativeRoute route = null;
        if (covered.isEmpty()) {
            route = decisions.stream().map(EligibilityDecision::alternativeRoute).min(java.util.Comparator.naturalOrder())
                    .orElseThrow();
        } else if (covered.size() < decisions.size()) {
            actions.add(RequiredAction.REFER_TO_ALTERNATIVE_ROUTE);
            actions.add(RequiredAction.TELL_COMPLAINANT_ABOUT_OMBUDSMAN);
        }
        return new EligibilityDecision(Effect.strongestOutcome(reasons.stream().map(Reason::effect).toList()),
                List.copyOf(reasons), List.copyOf(actions), route, joined.get(0).deadlines(), provenance, partDecisions);
    }

    @Override
    public Provenance provenance() {
        return Provenance.now(RuleBase.version(), deadlines.calendar(), policy, clock);
    }

    /** Runs the rules; an engine failure (a bug, never bad input) leaves as an IllegalStateException, not a Drools type. */
    private void fire(List<Complaint> complaints) {
        try {
            sessions.fire(complaints, citations::inForce);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The eligibility rules failed: " + e.getMessage(), e);
        }
    }

    @Override
    public LocalPolicy policy() {
        return policy;
    }

    /** The fact the rules see for one validated request (package-private: the plain-Java oracle uses it too). */
    Complaint complaint(ComplaintRequest request) {
        ComplaintDates dates = request.dates();
        return new Complaint(request, yearAfter(dates.groundsArose()), yearAfter(knowledge(dates)), citations);
    }

    /** The last day of the year the time limit gives from {@code trigger} (reg. 9, T14). */
    private LocalDate yearAfter(LocalDate trigger) {
        return deadlines.due(Timescale.T14_COMPLAINT_TIME_LIMIT, trigger).due();
    }

    /** The later of the grounds arising and the complainant learning of them: what the time limit counts from when the council so reads it. */
    private static LocalDate knowledge(ComplaintDates dates) {
        LocalDate learned = dates.learnedOfGrounds();
        return learned != null && learned.isAfter(dates.groundsArose()) ? learned : dates.groundsArose();
    }

    /**
     * Combines the findings: order-independent, the strongest effect wins. A complaint that is not
     * eligible leaves out the findings that would have made it eligible, superseded, with the
     * actions only they required, and the decisions it no longer needs (the council's discretion
     * stays among the reasons, for the record, but its action goes).
     */
    private EligibilityDecision decide(Complaint complaint, Provenance provenance, boolean withDeadlines) {
        Findings findings = complaint.getFindings();
        Outcome outcome = Effect.strongestOutcome(findings.getReasons().stream().map(Reason::effect).toList());
        Predicate<Reason> kept = reason -> outcome != Outcome.NOT_ELIGIBLE || reason.effect() != Effect.ELIGIBLE;
        List<Reason> reasons = findings.getReasons().stream().filter(kept).toList();
        List<RequiredAction> actions = new ArrayList<>(findings.actionsOf(kept));
        AlternativeRoute route = null;
        if (outcome == Outcome.NOT_ELIGIBLE) {
            actions.removeAll(MOOT_WHEN_NOT_ELIGIBLE);
            route = findings.getRoutes().stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("A not-eligible finding was recorded without its route"));
            actions.add(RequiredAction.REFER_TO_ALTERNATIVE_ROUTE);
            actions.add(RequiredAction.TELL_COMPLAINANT_ABOUT_OMBUDSMAN);
        }
        EligibilityDecision decision = new EligibilityDecision(outcome, reasons, actions, route,
                withDeadlines ? deadlines(complaint, outcome) : List.of(), provenance);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Assessed: outcome={} rules={}", outcome, decision.reasons().stream().map(Reason::ruleId).toList());
        }
        return decision;
    }

    /**
     * The deadlines that start: the acknowledgement (T0) and the time limit (T14) always; stage 1
     * (T2, and its extended maximum) unless the complaint is not eligible, from receipt or, for a
     * discretionary complainant, from the reg. 12 decision.
     */
    List<Deadline> deadlines(Complaint complaint, Outcome outcome) {
        List<Deadline> result = new ArrayList<>();
        ComplaintDates dates = complaint.getRequest().dates();
        result.add(deadlines.due(Timescale.T0_ACKNOWLEDGEMENT, dates.received()));
        result.add(deadlines.due(Timescale.T14_COMPLAINT_TIME_LIMIT,
                complaint.getFindings().isTimeLimitFromKnowledge() ? knowledge(dates) : dates.groundsArose()));
        if (outcome != Outcome.NOT_ELIGIBLE) {
            LocalDate stage1Start = stage1Start(complaint);
            if (stage1Start != null) {
                result.addAll(deadlines.after(Timescale.T2_STAGE_1_RESPONSE, stage1Start));
            }
        }
        return result;
    }

    /**
     * Where the stage 1 clock starts: receipt, or, where a rule found that it runs from the council's
     * reg. 12 decision, that decision; null while the decision is awaited or went the other way.
     */
    private static @Nullable LocalDate stage1Start(Complaint complaint) {
        ComplaintRequest request = complaint.getRequest();
        if (!complaint.getFindings().isStage1ClockFromSufficientInterestDecision()) {
            return request.dates().received();
        }
        return request.findings().sufficientInterest() == Suitability.SUITABLE
                ? request.dates().sufficientInterestDecided() : null;
    }
}
