package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Provision.guidance;
import static org.cscrules.core.law.Provision.statute;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;
import org.jspecify.annotations.Nullable;

/**
 * A fact of a request that is still open: a finding the council has not yet made, the child's
 * views not yet sought, understanding not assessed, how the complaint is made, or a status entered
 * as disputed or still being assessed. Each says when it is open in a request, the values it could
 * take instead, and the request it would then be: so that a decision can say what each of them
 * would change, before the council decides ({@code EligibilityService.assessWithAlternatives}).
 *
 * <p>This is the one place the open facts are declared; the rules never see it. Only what is open
 * is varied: the function complained about, the dates and every recorded, undisputed fact stay as
 * entered. Where a finding needs the day it was made (the reg. 12 decision), the day given to
 * {@link #apply} is that day.
 */
public enum OpenFact implements Cited {

    /** The reg. 12 decision whether the complainant has a sufficient interest in the child's welfare. */
    SUFFICIENT_INTEREST(statute(secondary("{si2006-reg12}")), Kinds.decision(
            request -> request.complainantRole().mayNeedSufficientInterestDecision()
                    && Kinds.undecided(request.findings().sufficientInterest()),
            (request, decision, decidedOn) -> request.withFindings(request.findings().withSufficientInterest(decision))
                    .withDates(request.dates().withSufficientInterestDecided(request.dates().sufficientInterestDecided() == null
                            ? decidedOn : request.dates().sufficientInterestDecided())),
            "the council decides the complainant has a sufficient interest in the child's welfare",
            "the council decides the complainant has no sufficient interest in the child's welfare")),

    /** The council's decision whether the person complaining on the child's behalf is suitable to act for them. */
    REPRESENTATIVE_SUITABILITY(guidance(unverified("{gbc-representatives}")), Kinds.decision(
            request -> Kinds.onBehalf(request) && Kinds.undecided(request.representation().suitability()),
            (request, decision, decidedOn) -> {
                Representation r = request.representation();
                return request.withRepresentation(new Representation(r.mode(), r.representative(), r.childViews(), decision,
                        r.bestInterestsConfirmed(), r.complainantsRepresentative(), r.complainantConsented()));
            },
            "the council decides the representative is suitable to act for the child",
            "the council decides the representative is not suitable to act for the child")),

    /** The child's views on a complaint made on their behalf, not yet sought. */
    CHILD_VIEWS(guidance(unverified("{gbc-representatives}")), new Kind(
            request -> Kinds.onBehalf(request) && request.representation().childViews() == ChildViews.NOT_SOUGHT,
            List.of(ChildViews.CONSENT_GIVEN.name(), ChildViews.CONSENT_REFUSED.name(), ChildViews.CANNOT_BE_OBTAINED.name()),
            (request, value, decidedOn) -> {
                Representation r = request.representation();
                return request.withRepresentation(new Representation(r.mode(), r.representative(), ChildViews.valueOf(value),
                        r.suitability(), r.bestInterestsConfirmed(), r.complainantsRepresentative(), r.complainantConsented()));
            },
            value -> switch (ChildViews.valueOf(value)) {
                case CONSENT_GIVEN -> "the child, asked, agrees to the complaint made for them";
                case CONSENT_REFUSED -> "the child, asked, does not agree to the complaint made for them";
                case CANNOT_BE_OBTAINED -> "the child's views cannot be obtained";
                case NOT_SOUGHT -> throw new IllegalArgumentException("Not a value of this fact: the views not sought are what is open");
            })),

    /** The council's finding, where the child's views cannot be obtained, whether the complaint is in their best interests. */
    BEST_INTERESTS(guidance(unverified("{gbc-representatives}")), Kinds.yesOrNo(
            request -> Kinds.onBehalf(request) && request.representation().childViews() == ChildViews.CANNOT_BE_OBTAINED
                    && request.representation().bestInterestsConfirmed() == null,
            (request, yes) -> request.withRepresentation(request.representation().withBestInterestsConfirmed(yes)),
            "the council confirms the complaint made for the child is in the child's best interests",
            "the council finds the complaint made for the child is not in the child's best interests")),

    /** Whether the child has sufficient understanding, not yet assessed. */
    UNDERSTANDING(guidance(unverified("{gbc-representatives}")), new Kind(
            request -> request.child() != null && request.child().understanding() == Understanding.NOT_ASSESSED,
            List.of(Understanding.SUFFICIENT.name(), Understanding.NOT_SUFFICIENT.name()),
            (request, value, decidedOn) -> {
                Child c = request.child();
                return request.withChild(new Child(c.statuses(), c.dateOfBirth(), c.ageInYears(), Understanding.valueOf(value),
                        c.statusBasis(), c.careLeaverCategory()));
            },
            value -> Kinds.either(value, Understanding.SUFFICIENT.name(), "the child is found to have sufficient understanding",
                    Understanding.NOT_SUFFICIENT.name(), "the child is found not to have sufficient understanding"))),

    /**
     * The late-complaint test's first limb: whether the complainant could not reasonably have
     * complained in time. A finding the council makes only of a late complaint.
     */
    COULD_NOT_COMPLAIN_IN_TIME(statute(secondary("{si2006-reg9}")), Kinds.yesOrNo(
            request -> request.findings().couldNotReasonablyComplainInTime() == null,
            (request, yes) -> {
                CouncilFindings f = request.findings();
                return request.withFindings(new CouncilFindings(f.sufficientInterest(), yes, f.canStillBeConsideredFairly(),
                        f.concernsTheChild(), f.consideredAgain(), f.mightPrejudiceProceedings()));
            },
            "the council decides the complainant could not reasonably have complained in time",
            "the council decides the complainant could reasonably have complained in time")),

    /**
     * The late-complaint test's second limb: whether the complaint can still be considered
     * effectively and fairly. A finding the council makes only of a late complaint.
     */
    CAN_STILL_BE_CONSIDERED_FAIRLY(statute(secondary("{si2006-reg9}")), Kinds.yesOrNo(
            request -> request.findings().canStillBeConsideredFairly() == null,
            (request, yes) -> {
                CouncilFindings f = request.findings();
                return request.withFindings(new CouncilFindings(f.sufficientInterest(), f.couldNotReasonablyComplainInTime(), yes,
                        f.concernsTheChild(), f.consideredAgain(), f.mightPrejudiceProceedings()));
            },
            "the council decides the complaint can still be considered effectively and fairly",
            "the council decides the complaint can no longer be considered effectively and fairly")),

    /** Whether a complaint about the complainant's own treatment as an adult concerns the council's functions for the child. */
    CONCERNS_THE_CHILD(statute(secondary("{ca1989-s26}(3)")), Kinds.yesOrNo(
            request -> request.circumstances().contains(Circumstance.ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT)
                    && request.findings().concernsTheChild() == null,
            (request, yes) -> request.withFindings(request.findings().withConcernsTheChild(yes)),
            "the council decides the complaint concerns its functions for the child",
            "the council decides the complaint does not concern its functions for the child")),

    /** Whether the council will consider again a complaint already dealt with, or from a persistent complainant. */
    CONSIDERED_AGAIN(guidance(unverified("{gbc-repeat-and-persistent}")), Kinds.yesOrNo(
            request -> (request.circumstances().contains(Circumstance.CONSIDERED_AT_ALL_THREE_STAGES)
                    || request.circumstances().contains(Circumstance.UNREASONABLY_PERSISTENT))
                    && request.findings().consideredAgain() == null,
            (request, yes) -> request.withFindings(request.findings().withConsideredAgain(yes)),
            "the council decides to consider the complaint again",
            "the council decides not to consider the complaint again")),

    /** The reg. 8 decision whether considering a complaint with concurrent proceedings might prejudice them. */
    MIGHT_PREJUDICE_PROCEEDINGS(statute(secondary("{si2006-reg8}")), Kinds.yesOrNo(
            request -> request.circumstances().stream().anyMatch(Circumstance::isConcurrentProceedings)
                    && request.findings().mightPrejudiceProceedings() == null,
            (request, yes) -> request.withFindings(request.findings().withMightPrejudiceProceedings(yes)),
            "the council decides considering the complaint might prejudice the concurrent proceedings",
            "the council decides considering the complaint would not prejudice the concurrent proceedings")),

    /** Whether an adult complainant consents to the representative who complains for them. */
    COMPLAINANTS_CONSENT(statute(secondary("{lga1974-s26a}")), Kinds.yesOrNo(
            request -> request.representation().complainantsRepresentative() != null
                    && request.representation().complainantConsented() == null,
            (request, yes) -> {
                Representation r = request.representation();
                return request.withRepresentation(r.withComplainantsRepresentative(r.complainantsRepresentative(), yes));
            },
            "the complainant confirms they consent to their representative",
            "the complainant does not consent to their representative")),

    /**
     * How the complaint is made: in the complainant's own right, or about the child; a complaint made
     * for the child may instead be either of those. Open wherever there is a child and no adult's
     * representative.
     */
    REPRESENTATION_MODE(guidance(unverified("{gbc-representatives}; {gbc-complaints-about-a-child}")), new Kind(
            request -> request.child() != null && request.representation().complainantsRepresentative() == null,
            request -> Stream.of(RepresentationMode.IN_OWN_RIGHT, RepresentationMode.RELATES_TO_CHILD)
                    .filter(other -> other != request.representation().mode()).map(Enum::name).toList(),
            (request, value, decidedOn) -> request.withRepresentation(RepresentationMode.valueOf(value) == RepresentationMode.IN_OWN_RIGHT
                    ? Representation.inOwnRight() : Representation.relatingToChild()),
            value -> Kinds.either(value, RepresentationMode.IN_OWN_RIGHT.name(), "the complaint is made in the complainant's own right",
                    RepresentationMode.RELATES_TO_CHILD.name(),
                    "the complaint is about the child, made neither in the complainant's own right nor on the child's behalf"))),

    /**
     * A child's status entered as disputed, under assessment or only referred, settled either way:
     * as entered ({@code ASSESSED}) or as none of the statuses entered ({@code NONE}).
     */
    CHILD_STATUS(statute(secondary("{ca1989-s17}(10); {lgsco-23-013-837}")), new Kind(
            request -> request.child() != null && request.child().statusBasis() != StatusBasis.ASSESSED,
            List.of(StatusBasis.ASSESSED.name(), ChildStatus.NONE.name()),
            (request, value, decidedOn) -> {
                Child c = request.child();
                return request.withChild(StatusBasis.ASSESSED.name().equals(value) ? c.withStatusBasis(StatusBasis.ASSESSED)
                        : new Child(Set.of(ChildStatus.NONE), c.dateOfBirth(), c.ageInYears(), c.understanding(), StatusBasis.ASSESSED,
                                null));
            },
            value -> Kinds.either(value, StatusBasis.ASSESSED.name(), "the child's status is settled as entered",
                    ChildStatus.NONE.name(), "the child is found to have none of the statuses entered")));

    /** What a fact is: when it is open, the values it could take, the request each gives, and what each means. */
    private record Kind(Predicate<ComplaintRequest> isOpen, Function<ComplaintRequest, List<String>> values, Change with,
                        Function<String, String> describe) {
        Kind(Predicate<ComplaintRequest> isOpen, List<String> values, Change with, Function<String, String> describe) {
            this(isOpen, request -> values, with, describe);
        }
    }

    /** A request with a fact given a value, any decision on it made on a given day. */
    private interface Change {
        ComplaintRequest apply(ComplaintRequest request, String value, LocalDate decidedOn);
    }

    /** A request with a council's decision made one way or the other. */
    private interface Decided {
        ComplaintRequest apply(ComplaintRequest request, Suitability decision, LocalDate decidedOn);
    }

    /** The kinds most facts are: a decision made or not, a finding yes or no. */
    private static final class Kinds {
        private static final List<String> DECISIONS = List.of(Suitability.SUITABLE.name(), Suitability.NOT_SUITABLE.name());
        private static final List<String> YES_OR_NO = List.of("true", "false");

        private Kinds() {
        }

        static Kind decision(Predicate<ComplaintRequest> isOpen, Decided with, String made, String refused) {
            return new Kind(isOpen, DECISIONS, (request, value, decidedOn) -> with.apply(request, Suitability.valueOf(value), decidedOn),
                    value -> either(value, Suitability.SUITABLE.name(), made, Suitability.NOT_SUITABLE.name(), refused));
        }

        static Kind yesOrNo(Predicate<ComplaintRequest> isOpen, BiFunction<ComplaintRequest, Boolean, ComplaintRequest> with,
                            String yes, String no) {
            return new Kind(isOpen, YES_OR_NO, (request, value, decidedOn) -> with.apply(request, Boolean.parseBoolean(value)),
                    value -> either(value, "true", yes, "false", no));
        }

        /** The text of {@code value}, one of two. */
        static String either(String value, String first, String firstText, String second, String secondText) {
            if (first.equals(value)) {
                return firstText;
            }
            if (second.equals(value)) {
                return secondText;
            }
            throw new IllegalArgumentException("Not a value of this fact: expected " + first + " or " + second);
        }

        static boolean undecided(@Nullable Suitability decision) {
            return decision == null || decision == Suitability.NOT_YET_DECIDED;
        }

        static boolean onBehalf(ComplaintRequest request) {
            return request.representation().mode() == RepresentationMode.ON_BEHALF_OF_CHILD;
        }
    }

    private final Provision provision;
    private final Kind kind;

    OpenFact(Provision provision, Kind kind) {
        this.provision = provision;
        this.kind = kind;
    }

    /**
     * What a value means, as a condition: the words after "if".
     *
     * @param value one of the fact's values
     * @return the condition in plain English, never blank
     * @throws IllegalArgumentException if {@code value} is not one of the fact's values
     */
    public String describe(String value) {
        return kind.describe().apply(value);
    }

    /**
     * The values the fact could take in {@code request} instead of what it holds, in a fixed order;
     * empty when the fact is not open there.
     *
     * @param request a valid request
     * @return the values, each a name {@link #apply} takes; never null
     */
    public List<String> alternatives(ComplaintRequest request) {
        return kind.isOpen().test(request) ? kind.values().apply(request) : List.of();
    }

    /**
     * {@code request} with this fact given {@code value}, and nothing else changed but what the value
     * needs (the day a reg. 12 decision was made, where none was recorded).
     *
     * @param request a valid request in which the fact is open
     * @param value one of {@link #alternatives(ComplaintRequest)}
     * @param decidedOn the day a decision the value needs is taken to be made
     * @return the request as it would be; it may fail validation where the value does not fit the rest
     * @throws IllegalArgumentException if the fact is not open in {@code request} or the value is not one of its alternatives
     */
    public ComplaintRequest apply(ComplaintRequest request, String value, LocalDate decidedOn) {
        if (!alternatives(request).contains(value)) {
            throw new IllegalArgumentException(this + " cannot be " + value + " in this request");
        }
        return kind.with().apply(request, value, decidedOn);
    }

    /**
     * The facts open in {@code request}, in declaration order.
     *
     * @param request a valid request
     * @return the open facts; empty when the request rests on nothing open
     */
    public static List<OpenFact> openIn(ComplaintRequest request) {
        return java.util.Arrays.stream(values()).filter(fact -> fact.kind.isOpen().test(request)).toList();
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
