package org.cscrules.core.request;

import org.jspecify.annotations.Nullable;

/**
 * What the council has already decided about the complaint where the law leaves it a discretion.
 * Each part is null until decided. Rules read them: a discretion the council has exercised is no
 * longer "required".
 *
 * <p>Immutable and thread-safe.
 *
 * @param sufficientInterest for a complainant who needs it (categories 5, 8, 11 and the last group of 14):
 *     whether the council found sufficient interest in the child's welfare (SI 2006/1738 reg. 12);
 *     decided on {@link ComplaintDates#sufficientInterestDecided()}; null until decided
 * @param couldNotReasonablyComplainInTime for a complaint made more than a year after the grounds
 *     arose: whether it would not have been reasonable to expect it in time (the first question of
 *     the statutory guidance on late complaints); null until decided
 * @param canStillBeConsideredFairly whether it is still possible to consider it effectively and
 *     fairly (the second question); null until decided
 * @param concernsTheChild for a complaint about the complainant's own treatment as an adult
 *     ({@link Circumstance#ABOUT_COMPLAINANTS_TREATMENT_AS_AN_ADULT}): whether the council decided it
 *     concerns the discharge of its functions in relation to the child (Children Act 1989 s26(3));
 *     null until decided
 * @param consideredAgain for a complaint already dealt with at all three stages, or from a
 *     complainant the council regards as unreasonably persistent: whether the council decided to
 *     consider it again (the statutory guidance); null until decided
 * @param mightPrejudiceProceedings for a complaint with concurrent proceedings: whether the council
 *     decided that considering it might prejudice them (SI 2006/1738 reg. 8); null until decided
 */
public record CouncilFindings(@Nullable Suitability sufficientInterest, @Nullable Boolean couldNotReasonablyComplainInTime,
                              @Nullable Boolean canStillBeConsideredFairly, @Nullable Boolean concernsTheChild,
                              @Nullable Boolean consideredAgain, @Nullable Boolean mightPrejudiceProceedings) {

    /**
     * Findings as release 0.2.0 first recorded them, before the reg. 8 finding.
     *
     * @param sufficientInterest the reg. 12 decision, or null
     * @param couldNotReasonablyComplainInTime the late-complaint test's first limb, or null
     * @param canStillBeConsideredFairly its second limb, or null
     * @param concernsTheChild whether a complaint about the complainant's own treatment concerns the child, or null
     * @param consideredAgain whether the council will consider a complaint again, or null
     */
    public CouncilFindings(@Nullable Suitability sufficientInterest, @Nullable Boolean couldNotReasonablyComplainInTime,
                           @Nullable Boolean canStillBeConsideredFairly, @Nullable Boolean concernsTheChild,
                           @Nullable Boolean consideredAgain) {
        this(sufficientInterest, couldNotReasonablyComplainInTime, canStillBeConsideredFairly, concernsTheChild, consideredAgain,
                null);
    }

    /**
     * Findings as 0.1.0 recorded them.
     *
     * @param sufficientInterest the reg. 12 decision, or null
     * @param couldNotReasonablyComplainInTime the late-complaint test's first limb, or null
     * @param canStillBeConsideredFairly its second limb, or null
     */
    public CouncilFindings(@Nullable Suitability sufficientInterest, @Nullable Boolean couldNotReasonablyComplainInTime,
                           @Nullable Boolean canStillBeConsideredFairly) {
        this(sufficientInterest, couldNotReasonablyComplainInTime, canStillBeConsideredFairly, null, null);
    }

    /**
     * Findings with nothing decided yet: every part null.
     *
     * @return the findings, never null
     */
    public static CouncilFindings none() {
        return new CouncilFindings(null, null, null, null, null, null);
    }

    /**
     * These findings with the council's reg. 12 sufficient-interest decision.
     *
     * @param decision the decision, or null for none yet
     * @return new findings, never null; these are unchanged
     */
    public CouncilFindings withSufficientInterest(@Nullable Suitability decision) {
        return new CouncilFindings(decision, couldNotReasonablyComplainInTime, canStillBeConsideredFairly, concernsTheChild,
                consideredAgain, mightPrejudiceProceedings);
    }

    /**
     * These findings with both limbs of the late-complaint test (reg. 9, and the statutory guidance's
     * two questions) decided.
     *
     * @param couldNotReasonablyComplainInTime whether it would not have been reasonable to expect the complaint in time
     * @param canStillBeConsideredFairly whether it can still be considered effectively and fairly
     * @return new findings, never null; these are unchanged
     */
    public CouncilFindings withLateComplaintTest(boolean couldNotReasonablyComplainInTime, boolean canStillBeConsideredFairly) {
        return new CouncilFindings(sufficientInterest, couldNotReasonablyComplainInTime, canStillBeConsideredFairly,
                concernsTheChild, consideredAgain, mightPrejudiceProceedings);
    }

    /**
     * These findings with the council's decision whether a complaint about the complainant's own
     * treatment as an adult concerns its functions in relation to the child.
     *
     * @param concerns whether it does
     * @return new findings, never null; these are unchanged
     */
    public CouncilFindings withConcernsTheChild(boolean concerns) {
        return new CouncilFindings(sufficientInterest, couldNotReasonablyComplainInTime, canStillBeConsideredFairly, concerns,
                consideredAgain, mightPrejudiceProceedings);
    }

    /**
     * These findings with the council's decision whether to consider again a complaint already dealt
     * with at all three stages, or from a complainant it regards as unreasonably persistent.
     *
     * @param again whether the council will consider it again
     * @return new findings, never null; these are unchanged
     */
    public CouncilFindings withConsideredAgain(boolean again) {
        return new CouncilFindings(sufficientInterest, couldNotReasonablyComplainInTime, canStillBeConsideredFairly,
                concernsTheChild, again, mightPrejudiceProceedings);
    }

    /**
     * These findings with the council's reg. 8 decision whether considering a complaint with concurrent
     * proceedings might prejudice them.
     *
     * @param prejudice whether it might
     * @return new findings, never null; these are unchanged
     */
    public CouncilFindings withMightPrejudiceProceedings(boolean prejudice) {
        return new CouncilFindings(sufficientInterest, couldNotReasonablyComplainInTime, canStillBeConsideredFairly,
                concernsTheChild, consideredAgain, prejudice);
    }
}
