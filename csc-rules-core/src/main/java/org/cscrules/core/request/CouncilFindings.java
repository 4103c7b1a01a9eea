package org.cscrules.core.request;

/**
 * What the council has already decided about the complaint where the law leaves it a discretion.
 * Each part is null until decided. Rules read them: a discretion the council has exercised is no
 * longer "required".
 *
 * <p>Immutable and thread-safe.
 *
 * @param sufficientInterest for a complainant who needs it (E5, E8, E11, the last group of E14):
 *     whether the council found sufficient interest in the child's welfare (SI 2006/1738 reg. 12);
 *     decided on {@link ComplaintDates#sufficientInterestDecided()}
 * @param couldNotReasonablyComplainInTime for a complaint made more than a year after the grounds
 *     arose: whether it would not have been reasonable to expect it in time (reg. 9, first limb, A15)
 * @param canStillBeConsideredFairly whether it is still possible to consider it effectively and
 *     fairly (reg. 9, second limb, A15)
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

    /** These findings with both limbs of the late-complaint test (reg. 9, A15). */
    public CouncilFindings withLateComplaintTest(boolean couldNotReasonablyComplainInTime, boolean canStillBeConsideredFairly) {
        return new CouncilFindings(sufficientInterest, couldNotReasonablyComplainInTime, canStillBeConsideredFairly);
    }
}
