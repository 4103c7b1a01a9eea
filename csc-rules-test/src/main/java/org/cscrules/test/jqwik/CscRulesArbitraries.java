package org.cscrules.test.jqwik;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.cscrules.core.RequestValidator;
import org.cscrules.core.request.CareLeaverCategory;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.CouncilFindings;
import org.cscrules.core.request.FunctionScope;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.StatusBasis;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Understanding;

import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.Delivery;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Stage;
import org.jspecify.annotations.Nullable;

/**
 * jqwik arbitraries of the library's inputs, for property tests of another system's intake and
 * case handling against the library: valid requests of every role, function, representation,
 * circumstance and finding, and journeys (a complaint's start and the events that follow). Built
 * as a caseworker system fills them in (the child's status follows the role, the age suits the
 * status, dates in order), leaning to the ages and days where the law changes its answer. jqwik is
 * the user's own dependency: the kit brings none.
 *
 * <pre>{@code
 * @Property
 * void intakeAgrees(@ForAll("requests") ComplaintRequest request) { ... }
 *
 * @Provide
 * Arbitrary<ComplaintRequest> requests() { return CscRulesArbitraries.validRequests(CLOCK); }
 * }</pre>
 */
public final class CscRulesArbitraries {

    /** The first complaint the 2006 regulations could receive. */
    private static final LocalDate FIRST_RECEIPT = LocalDate.of(2006, 9, 1);
    /** The first day a journey may start. */
    private static final LocalDate FIRST_JOURNEY = LocalDate.of(2012, 1, 1);

    private CscRulesArbitraries() {
    }

    /**
     * Requests that are valid as at the clock's day: generated, then kept only if {@link
     * RequestValidator} finds nothing wrong, so every one can be assessed.
     *
     * @param clock "today", for the validator and the latest date received; not null
     * @return the arbitrary; never null
     * @throws IllegalArgumentException if {@code clock} is null or its day is before 2006-09-01
     */
    public static Arbitrary<ComplaintRequest> validRequests(Clock clock) {
        if (clock == null) {
            throw new IllegalArgumentException("clock must not be null");
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(FIRST_RECEIPT)) {
            throw new IllegalArgumentException("the clock's day must be on or after " + FIRST_RECEIPT
                    + ", when the 2006 regulations came into force");
        }
        RequestValidator validator = RequestValidator.create(clock);
        return any(today).filter(request -> validator.violations(request).isEmpty());
    }

    /**
     * Journeys under the statutory defaults: a complaint received from 2012 to the clock's day, its
     * stage 1 clock starting then or up to 30 days later, and 3 to 20 events, nine in ten the
     * stage's natural next event, dated from the last (one in ten earlier, to be refused) and never
     * after the clock's day. Applied in order through a {@code ComplaintProcess}, they reach every
     * stage, and some are refused as they should be.
     *
     * @param clock "today"; not null
     * @return the arbitrary; never null
     * @throws IllegalArgumentException if {@code clock} is null or its day is before 2012-01-01
     */
    public static Arbitrary<Journey> journeys(Clock clock) {
        if (clock == null) {
            throw new IllegalArgumentException("clock must not be null");
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(FIRST_JOURNEY)) {
            throw new IllegalArgumentException("the clock's day must be on or after " + FIRST_JOURNEY);
        }
        Arbitrary<LocalDate> received = Arbitraries.longs().between(FIRST_JOURNEY.toEpochDay(), today.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> startDelay = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 30)));
        Arbitrary<List<Step>> steps = step().list().ofMinSize(3).ofMaxSize(20);
        return Combinators.combine(received, startDelay, steps).as((r, delay, s) -> journey(r, delay, s, today));
    }

    private static Arbitrary<ComplaintRequest> any(LocalDate today) {
        Arbitrary<ComplainantRole> role = Arbitraries.of(ComplainantRole.class);
        return role.flatMap(r -> Combinators.combine(child(r), representation(r), subject(r), dates(today),
                        Arbitraries.of(Circumstance.class).set().ofMaxSize(2), findings(r))
                .as((child, representation, subject, dates, circumstances, findings) -> new ComplaintRequest(r, child,
                        representation, subject, datesFor(dates, findings, today), circumstances, findings, null)));
    }

    /**
     * The ages where the care-leaver categories end (21 for a qualifying person, 25 for the last) and
     * the test policies' local offers reach (25, 26): every rule on a care leaver's age lies within.
     */
    private static final int CARE_LEAVER_BOUNDARIES_FROM = 21;
    private static final int CARE_LEAVER_BOUNDARIES_TO = 26;

    private static Arbitrary<Child> child(ComplainantRole role) {
        Arbitrary<Set<ChildStatus>> statuses = role.childsOwnStatus()
                .<Arbitrary<Set<ChildStatus>>>map(s -> Arbitraries.just(Set.of(s)))
                .orElse(Arbitraries.oneOf(Arbitraries.of(ChildStatus.class).set().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.just(Set.of(homeStatus(home(role))))));
        int minAge = role == ComplainantRole.CARE_LEAVER ? 16 : 0;
        int maxAge = role == ComplainantRole.CARE_LEAVER ? 27 : role == ComplainantRole.ADOPTED_PERSON ? 60 : 17;
        Arbitrary<StatusBasis> basis = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(StatusBasis.ASSESSED)),
                Tuple.of(1, Arbitraries.of(StatusBasis.class)));
        Arbitrary<CareLeaverCategory> category = role == ComplainantRole.CARE_LEAVER
                ? Arbitraries.of(CareLeaverCategory.class).injectNull(0.25) : Arbitraries.just(null);
        Arbitrary<Integer> ages = role == ComplainantRole.CARE_LEAVER
                // three in four care leavers where the categories and the councils' local offers end (21 to 26)
                ? Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(minAge, maxAge)),
                        Tuple.of(3, Arbitraries.integers().between(CARE_LEAVER_BOUNDARIES_FROM, CARE_LEAVER_BOUNDARIES_TO)))
                : Arbitraries.integers().between(minAge, maxAge);
        Arbitrary<Child> child = Combinators.combine(statuses, ages.injectNull(0.2),
                        Arbitraries.of(Understanding.class), basis, category)
                .as((s, age, understanding, b, c) -> new Child(s, null, age, understanding, b,
                        s.contains(ChildStatus.CARE_LEAVER) ? c : null));
        return role.mayConcernNoParticularChild() ? child.injectNull(0.1) : child;
    }

    private static Arbitrary<Representation> representation(ComplainantRole role) {
        if (role.childsOwnStatus().isEmpty()) {
            Arbitrary<Representation> plain = Arbitraries.of(Representation.inOwnRight(), Representation.relatingToChild());
            Arbitrary<Representation> represented = Combinators.combine(plain, Arbitraries.of(RepresentativeKind.class),
                    Arbitraries.of(true, false).injectNull(0.4)).as(Representation::withComplainantsRepresentative);
            return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(1, represented));
        }
        Arbitrary<Representation> onBehalf = Combinators.combine(Arbitraries.of(RepresentativeKind.class),
                        Arbitraries.of(ChildViews.class), Arbitraries.of(Suitability.class),
                        Arbitraries.of(true, false).injectNull(0.5))
                .as((kind, views, suitability, best) -> new Representation(
                        org.cscrules.core.request.RepresentationMode.ON_BEHALF_OF_CHILD, kind, views, suitability,
                        views == ChildViews.CANNOT_BE_OBTAINED ? best : null));
        return Arbitraries.oneOf(Arbitraries.just(Representation.inOwnRight()), onBehalf);
    }

    /** Any function half the time; otherwise one of the role's own family, so that every rule is reached. */
    private static Arbitrary<Subject> subject(ComplainantRole role) {
        List<LocalAuthorityFunction> home = java.util.Arrays.stream(LocalAuthorityFunction.values())
                .filter(f -> f.scope() == home(role)).toList();
        Arbitrary<LocalAuthorityFunction> function = Arbitraries.oneOf(Arbitraries.of(LocalAuthorityFunction.class),
                Arbitraries.of(home));
        return Combinators.combine(function, Arbitraries.of(Grievance.class).set().ofMaxSize(2)).as(Subject::new);
    }

    /** The family of functions a role most often complains about: a generator hint, not the law. */
    private static FunctionScope home(ComplainantRole role) {
        return switch (role) {
            case CHILD_WHO_MAY_BE_ADOPTED, PARENT_OR_GUARDIAN_OF_CHILD_WHO_MAY_BE_ADOPTED, PERSON_WISHING_TO_ADOPT, ADOPTED_PERSON,
                 PARENT_NATURAL_PARENT_OR_FORMER_GUARDIAN_OF_ADOPTED_PERSON, PERSON_TO_WHOM_ADOPTION_SUPPORT_EXTENDS,
                 SUFFICIENT_INTEREST_IN_ADOPTED_CHILD -> FunctionScope.ADOPTION_FUNCTIONS;
            case CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER, SPECIAL_GUARDIAN, PARENT_OF_CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER,
                 SUFFICIENT_INTEREST_IN_SPECIAL_GUARDIANSHIP_CHILD, SPECIAL_GUARDIANSHIP_SUPPORT_ASSESSMENT_APPLICANT ->
                    FunctionScope.SPECIAL_GUARDIANSHIP_SUPPORT;
            case CARE_LEAVER -> FunctionScope.LEAVING_CARE;
            case CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION, PARENT_OR_PR_HOLDER_OF_CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION,
                 SUFFICIENT_INTEREST_IN_VOLUNTARY_ORGANISATION_CHILD -> FunctionScope.VOLUNTARY_ORGANISATION;
            case FOSTERING_LIMITS_REPRESENTATIONS -> FunctionScope.FOSTERING_LIMITS;
            default -> FunctionScope.QUALIFYING_FUNCTIONS;
        };
    }

    private static ChildStatus homeStatus(FunctionScope scope) {
        return switch (scope) {
            case ADOPTION_FUNCTIONS -> ChildStatus.ADOPTION_RELATED;
            case SPECIAL_GUARDIANSHIP_SUPPORT -> ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER;
            case LEAVING_CARE -> ChildStatus.CARE_LEAVER;
            case VOLUNTARY_ORGANISATION -> ChildStatus.ACCOMMODATED_BY_VOLUNTARY_ORGANISATION;
            default -> ChildStatus.IN_NEED;
        };
    }

    private static Arbitrary<ComplaintDates> dates(LocalDate today) {
        Arbitrary<LocalDate> received = Arbitraries.longs().between(FIRST_RECEIPT.toEpochDay(), today.toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(received, Arbitraries.integers().between(0, 900), Arbitraries.integers().between(0, 400).injectNull(0.5))
                .as((r, before, learnedAfter) -> {
                    LocalDate arose = r.minusDays(before);
                    LocalDate learned = learnedAfter == null ? null : arose.plusDays(Math.min(learnedAfter, before));
                    return new ComplaintDates(r, arose, learned, null);
                });
    }

    private static Arbitrary<CouncilFindings> findings(ComplainantRole role) {
        Arbitrary<Suitability> sufficientInterest = role.needsSufficientInterestDecision()
                ? Arbitraries.of(Suitability.class) : Arbitraries.just(null);
        Arbitrary<Boolean> limb = Arbitraries.of(true, false).injectNull(0.5);
        Arbitrary<Boolean> decision = Arbitraries.of(true, false).injectNull(0.7);
        return Combinators.combine(sufficientInterest, limb, limb, decision, decision, decision).as(CouncilFindings::new);
    }

    /** The reg. 12 decision date goes with a decision: the day received, or up to a week after it. */
    private static ComplaintDates datesFor(ComplaintDates dates, CouncilFindings findings, LocalDate today) {
        boolean decided = findings.sufficientInterest() == Suitability.SUITABLE
                || findings.sufficientInterest() == Suitability.NOT_SUITABLE;
        if (!decided) {
            return dates;
        }
        LocalDate decidedOn = dates.received().plusDays(dates.received().getDayOfMonth() % 7);
        return dates.withSufficientInterestDecided(decidedOn.isAfter(today) ? dates.received() : decidedOn);
    }


    /**
     * An event before its date is known: whether it is the stage's natural next event (else
     * {@code type}, any event at all), a day offset from the last event (some negative), an
     * extension's length.
     */
    private record Step(boolean natural, EventType type, int offset, int length) {
    }

    /** The events a complaint in each stage would naturally see next, so that journeys reach every stage. */
    private static final Map<Stage, List<EventType>> NATURAL = Map.of(
            Stage.STAGE_1, List.of(EventType.STAGE_1_EXTENDED, EventType.STAGE_1_RESPONSE_SENT, EventType.STAGE_1_RESPONSE_SENT,
                    EventType.CONSIDERATION_SUSPENDED, EventType.CONSIDERATION_RESUMED),
            Stage.STAGE_1_RESPONDED, List.of(EventType.STAGE_2_REQUESTED),
            Stage.STAGE_2, List.of(EventType.STATEMENT_OF_COMPLAINT_AGREED, EventType.STAGE_2_EXTENDED,
                    EventType.INVESTIGATION_REPORT_RECEIVED, EventType.STAGE_2_RESPONSE_SENT, EventType.STAGE_2_RESPONSE_SENT,
                    EventType.CONSIDERATION_SUSPENDED, EventType.CONSIDERATION_RESUMED, EventType.CONSIDERATION_PARTLY_SUSPENDED),
            Stage.STAGE_2_RESPONDED, List.of(EventType.STAGE_3_REQUESTED),
            Stage.STAGE_3_REQUESTED, List.of(EventType.PANEL_HELD, EventType.PANEL_HELD, EventType.PANEL_HELD, EventType.REQUEST_DECLINED),
            Stage.PANEL_HELD, List.of(EventType.PANEL_REPORT_RECEIVED),
            Stage.PANEL_REPORTED, List.of(EventType.FINAL_RESPONSE_SENT),
            Stage.CLOSED, List.of(EventType.REFERRED_TO_OMBUDSMAN, EventType.STAGE_2_REOPENED, EventType.STAGE_3_REOPENED));

    /** How a response is sent: unsaid, by hand, by email, by post. */
    private static final List<@Nullable Delivery> DELIVERIES = Arrays.asList(null, Delivery.BY_HAND, Delivery.EMAIL, Delivery.POST);

    private static Arbitrary<Step> step() {
        Arbitrary<Integer> offset = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, 45)),
                Tuple.of(1, Arbitraries.integers().between(-20, -1)));
        Arbitrary<Boolean> natural = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(true)), Tuple.of(1, Arbitraries.just(false)));
        return Combinators.combine(natural, Arbitraries.of(EventType.class), offset, Arbitraries.integers().between(1, 80))
                .as(Step::new);
    }

    private static Journey journey(LocalDate received, int startDelay, List<Step> steps, LocalDate today) {
        LocalDate clockStart = received.plusDays(startDelay).isAfter(today) ? today : received.plusDays(startDelay);
        ComplaintState start = ComplaintState.receivedOn(received, clockStart,
                DeadlineBasis.of(LocalPolicy.statutoryDefaults(), received));
        List<ProcessEvent> events = new ArrayList<>();
        LocalDate last = start.stage1ClockStart();
        Stage stage = start.stage();
        for (Step step : steps) {
            List<EventType> natural = NATURAL.getOrDefault(stage, List.of(step.type()));
            EventType type = step.natural() ? natural.get(step.length() % natural.size()) : step.type();
            LocalDate date = last.plusDays(step.offset());
            date = date.isAfter(today) ? today : date.isBefore(received) ? received : date;
            events.add(new ProcessEvent(type, date, type.isExtension() ? step.length() : null,
                    type.needsReason() ? "a reason" : null, type.opensWindow() ? DELIVERIES.get(step.length() % DELIVERIES.size()) : null));
            last = date.isAfter(last) ? date : last;
            stage = type.entering() == null ? stage : type.entering();
        }
        return new Journey(start, events);
    }
}
