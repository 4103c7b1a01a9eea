package org.cscrules.core.report;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What councils publish beside their complaints, from records they keep of their own: compliments
 * (by service area), MP and councillor enquiries, the Ombudsman's decisions on complaints about the
 * council (with any remedy agreed), compensation paid, and advocacy offered to children and young
 * people and taken up (s26A). Each is counted in the period it happened.
 * Counts and sums only: nothing personal.
 *
 * <p>Immutable and thread-safe.
 *
 * @param compliments each compliment received: its day, and the council's service area (null if none);
 *     unmodifiable
 * @param enquiries the day of each MP or councillor enquiry; unmodifiable
 * @param ombudsmanDecisions each decision of the Ombudsman; unmodifiable
 * @param payments each payment of compensation; unmodifiable
 * @param advocacyOffered the day each child or young person who complained, or meant to, was offered an
 *     advocate (s26A); unmodifiable
 * @param advocacyTakenUp the day each took one up; unmodifiable
 */
public record OtherActivity(List<Compliment> compliments, List<LocalDate> enquiries, List<OmbudsmanDecision> ombudsmanDecisions,
                            List<Payment> payments, List<LocalDate> advocacyOffered, List<LocalDate> advocacyTakenUp) {

    /**
     * Other activity without advocacy counts.
     *
     * @param compliments each compliment received
     * @param enquiries the day of each MP or councillor enquiry
     * @param ombudsmanDecisions each decision of the Ombudsman
     * @param payments each payment of compensation
     * @throws IllegalArgumentException if a list is null or holds a null
     */
    public OtherActivity(List<Compliment> compliments, List<LocalDate> enquiries, List<OmbudsmanDecision> ombudsmanDecisions,
                         List<Payment> payments) {
        this(compliments, enquiries, ombudsmanDecisions, payments, List.of(), List.of());
    }

    /**
     * A compliment received.
     *
     * @param received the day; not null
     * @param serviceArea the council's service area (one of its taxonomy's), or null
     */
    public record Compliment(LocalDate received, @Nullable String serviceArea) {
        /**
         * Checks the day is given.
         *
         * @param received the day; not null
         * @param serviceArea the council's service area, or null
         * @throws IllegalArgumentException if the day is null
         */
        public Compliment {
            if (received == null) {
                throw new IllegalArgumentException("A compliment needs the day it was received");
            }
        }
    }

    /** What the Ombudsman decided on a complaint about the council, in the Ombudsman's own categories. */
    public enum Decision {
        /** Closed after initial enquiries, not investigated. */
        CLOSED_AFTER_INITIAL_ENQUIRIES,
        /** Premature: the council's own procedure had not been used. */
        PREMATURE,
        /** Investigated, and not upheld. */
        NOT_UPHELD,
        /** Upheld: fault, with or without injustice. */
        UPHELD
    }

    /**
     * A decision of the Ombudsman.
     *
     * @param decided the day of the decision; not null
     * @param decision what was decided; not null
     * @param remedyAgreed whether the council agreed a remedy (an apology, a payment, a change of practice)
     * @param serviceArea the council's service area the complaint was about (one of its taxonomy's), or null
     */
    public record OmbudsmanDecision(LocalDate decided, Decision decision, boolean remedyAgreed, @Nullable String serviceArea) {
        /**
         * Checks the day and the decision are given.
         *
         * @param decided the day of the decision; not null
         * @param decision what was decided; not null
         * @param remedyAgreed whether the council agreed a remedy
         * @param serviceArea the council's service area the complaint was about, or null
         * @throws IllegalArgumentException if the day or the decision is null
         */
        public OmbudsmanDecision {
            if (decided == null || decision == null) {
                throw new IllegalArgumentException("An Ombudsman decision needs its day and what was decided");
            }
        }

        /**
         * A decision not classified by service area.
         *
         * @param decided the day of the decision; not null
         * @param decision what was decided; not null
         * @param remedyAgreed whether the council agreed a remedy
         * @throws IllegalArgumentException if the day or the decision is null
         */
        public OmbudsmanDecision(LocalDate decided, Decision decision, boolean remedyAgreed) {
            this(decided, decision, remedyAgreed, null);
        }
    }

    /**
     * A payment of compensation.
     *
     * @param paid the day; not null
     * @param pounds the amount in whole pounds; 1 or more
     */
    public record Payment(LocalDate paid, int pounds) {
        /**
         * Checks the day and the amount.
         *
         * @param paid the day; not null
         * @param pounds the amount in whole pounds; 1 or more
         * @throws IllegalArgumentException if the day is null or the amount is less than 1
         */
        public Payment {
            if (paid == null || pounds < 1) {
                throw new IllegalArgumentException("A payment needs its day and an amount of 1 pound or more");
            }
        }
    }

    /**
     * Copies the lists into unmodifiable ones.
     *
     * @param compliments each compliment received; not null, no null
     * @param enquiries the day of each MP or councillor enquiry; not null, no null
     * @param ombudsmanDecisions each decision of the Ombudsman; not null, no null
     * @param payments each payment of compensation; not null, no null
     * @param advocacyOffered the day each was offered an advocate; not null, no null
     * @param advocacyTakenUp the day each took one up; not null, no null
     * @throws IllegalArgumentException if a list is null or holds a null
     */
    public OtherActivity {
        compliments = copy(compliments);
        enquiries = copy(enquiries);
        ombudsmanDecisions = copy(ombudsmanDecisions);
        payments = copy(payments);
        advocacyOffered = copy(advocacyOffered);
        advocacyTakenUp = copy(advocacyTakenUp);
    }

    /**
     * Nothing beside the complaints: the report shows none of these tables.
     *
     * @return the empty activity; never null
     */
    public static OtherActivity none() {
        return new OtherActivity(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * What of this is recorded against {@code area}: its compliments and the Ombudsman's decisions
     * about it; nothing else is recorded by area.
     *
     * @param area a service area of the council's taxonomy; not null
     * @return the area's part; never null
     */
    public OtherActivity ofServiceArea(String area) {
        return new OtherActivity(compliments.stream().filter(c -> area.equals(c.serviceArea())).toList(), List.of(),
                ombudsmanDecisions.stream().filter(d -> area.equals(d.serviceArea())).toList(), List.of());
    }

    /**
     * Whether there is anything to report.
     *
     * @return true if every list is empty
     */
    public boolean isEmpty() {
        return compliments.isEmpty() && enquiries.isEmpty() && ombudsmanDecisions.isEmpty() && payments.isEmpty()
                && advocacyOffered.isEmpty() && advocacyTakenUp.isEmpty();
    }

    private static <T> List<T> copy(List<T> list) {
        if (list == null || list.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("Each list of other activity must be given, without nulls");
        }
        return List.copyOf(list);
    }
}
