package org.cscrules.drl;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.cscrules.core.request.CareLeaverCategory;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.FunctionScope;
import org.cscrules.core.request.CouncilFindings;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.StatusBasis;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Understanding;
import org.cscrules.core.validation.RequestValidator;

/**
 * Random requests that are mostly valid: built the way a caseworker system would fill them in
 * (the child's status follows the role, the age suits the status, dates in order), then filtered
 * through the validator so that properties see only valid ones.
 */
public final class RandomRequests {

    static final RequestValidator VALIDATOR = RequestValidator.create(Requests.CLOCK);
    private static final LocalDate FIRST_RECEIPT = LocalDate.of(2006, 9, 1);
    private static final LocalDate TODAY = LocalDate.now(Requests.CLOCK);

    private RandomRequests() {
    }

    /** Valid requests of every role, function, representation, circumstance and finding. */
    public static Arbitrary<ComplaintRequest> valid() {
        return any().filter(r -> VALIDATOR.violations(r).isEmpty());
    }

    /** The same {@code count} valid requests for the same {@code seed}: benchmark runs compare like with like. */
    public static List<ComplaintRequest> sample(int count, long seed) {
        return Samples.of(valid(), count, seed);
    }

    private static Arbitrary<ComplaintRequest> any() {
        Arbitrary<ComplainantRole> role = Arbitraries.of(ComplainantRole.class);
        return role.flatMap(r -> Combinators.combine(child(r), representation(r), subject(r), dates(),
                        Arbitraries.of(Circumstance.class).set().ofMaxSize(2), findings(r))
                .as((child, representation, subject, dates, circumstances, findings) -> new ComplaintRequest(r, child,
                        representation, subject, datesFor(dates, findings), circumstances, findings, null)));
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

    private static Arbitrary<ComplaintDates> dates() {
        Arbitrary<LocalDate> received = Arbitraries.longs().between(FIRST_RECEIPT.toEpochDay(), TODAY.toEpochDay())
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
        return Combinators.combine(sufficientInterest, limb, limb, decision, decision).as(CouncilFindings::new);
    }

    /** The reg. 12 decision date goes with a decision: the day received, or up to a week after it. */
    private static ComplaintDates datesFor(ComplaintDates dates, CouncilFindings findings) {
        boolean decided = findings.sufficientInterest() == Suitability.SUITABLE
                || findings.sufficientInterest() == Suitability.NOT_SUITABLE;
        if (!decided) {
            return dates;
        }
        LocalDate decidedOn = dates.received().plusDays(dates.received().getDayOfMonth() % 7);
        return dates.withSufficientInterestDecided(decidedOn.isAfter(TODAY) ? dates.received() : decidedOn);
    }

    /** All the circumstances of reg. 8: concurrent proceedings. */
    static final List<Circumstance> PROCEEDINGS = List.of(Circumstance.CONCURRENT_COURT_PROCEEDINGS,
            Circumstance.CONCURRENT_CRIMINAL_PROCEEDINGS, Circumstance.CONCURRENT_DISCIPLINARY_PROCEEDINGS,
            Circumstance.CONCURRENT_TRIBUNAL_PROCEEDINGS);
}
