package org.cscrules.core.policy;

/**
 * Example presets showing how a council expresses its own practice as a {@link LocalPolicy}.
 * Each follows a public document; none is endorsed as law.
 */
public final class LocalPolicyExamples {

    private LocalPolicyExamples() {
    }

    /**
     * Cheshire West and Chester's practice as described in its 2016-17 annual report (Cheshire West and Chester's annual report for 2016-17) and
     * equality analysis (Cheshire West and Chester's equality analysis of 2017): stage 1 extended only for complexity; stage 2 open when stage 1
     * is overdue; a further 10 working days to adjudicate after the stage 2 report; the Director's
     * response read as 20 working days from the panel; concerns resolved by the next day not
     * counted; escalation at the council's discretion; the child's consent required where the child
     * is old enough; a representative for a child without capacity only in the child's best interests.
     *
     * @return the policy, never null
     */
    public static LocalPolicy cheshireWestAndChester2016() {
        return LocalPolicy.builder()
                .stage1ExtensionCondition(LocalPolicy.Stage1ExtensionCondition.COMPLEXITY)
                .stage2WhenStage1Overdue(true)
                .adjudicationTargetWorkingDays(10)
                .finalResponseAlsoFromPanel(true)
                .nextWorkingDayResolutionExcluded(true)
                .gatekeeping(LocalPolicy.Gatekeeping.COUNCIL_DISCRETION)
                .childConsent(LocalPolicy.ChildConsent.REQUIRED_IF_SUFFICIENT_UNDERSTANDING)
                .representativeWithoutChildsViews(LocalPolicy.RepresentativeWithoutChildsViews.ACCEPT_IF_BEST_INTERESTS_CONFIRMED)
                .build();
    }
}
