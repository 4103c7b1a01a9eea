package org.cscrules.core.request;

/**
 * What the council has already decided about the complaint where the law leaves it a discretion.
 * Each part is null until decided. Rules read them: a discretion the council has exercised is no
 * longer "required".
 *
 * <p>Immutable and thread-safe.
 *
 * @param sufficientInterest for a complainant who needs it (categories 5, 8, 11 and the last group of 14):
 *     whether the council found sufficient interest in the child's welfare (SI 2006/1738 reg. 12);
 *     decided on {@link ComplaintDates#sufficientInterestDecided()}
 * @param couldNotReasonablyComplainInTime for a complaint made more than a year after the grounds
 *     arose: whether it would not have been reasonable to expect it in time (the first question of the statutory guidance on late complaints)
 * @param canStillBeConsideredFairly whether it is still possible to consider it effectively and
 *     fairly (the second question)
 */
public record CouncilFindings(Suitability sufficientInterest, Boolean couldNotReasonablyComplainInTime,
                              Boolean canStillBeConsideredFairly) {

    /** Nothing decided yet. */
    public static CouncilFindings none() {
        return new CouncilFindings(null, null, null);
    }

    /** These findings with the reg. 12 sufficient-interest decision. */
    public CouncilFindings withSufficientInterest(Suitability decision) {
        return new CouncilFindings(decision, couldNotReasonablyComplainInTime, canStillBeConsideredFairly);
    }

    /** These findings with both limbs of the late-complaint test (reg. 9, and the statutory guidance's two questions). */
    public CouncilFindings withLateComplaintTest(boolean couldNotReasonablyComplainInTime, boolean canStillBeConsideredFairly) {
        return new CouncilFindings(sufficientInterest, couldNotReasonablyComplainInTime, canStillBeConsideredFairly);
    }
}
