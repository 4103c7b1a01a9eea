package org.cscrules.drl.facts;

import org.cscrules.core.policy.LocalPolicy;

/** The council's settings as the rules see them (JavaBean getters over {@link LocalPolicy}). */
public final class Settings {

    private final LocalPolicy policy;

    public Settings(LocalPolicy policy) {
        this.policy = policy;
    }

    public boolean isIndependentFosteringAgencyCarersAreFosterParents() {
        return policy.independentFosteringAgencyCarersAreFosterParents();
    }

    public boolean isAdultRepeatExclusionsApplied() {
        return policy.adultRepeatExclusionsApplied();
    }

    public boolean isNextWorkingDayResolutionExcluded() {
        return policy.nextWorkingDayResolutionExcluded();
    }

    public boolean isPublicLawCourtReportsInScope() {
        return policy.publicLawCourtReportsInScope();
    }

    public boolean isPrivateLawCourtReportsInScope() {
        return policy.privateLawCourtReportsInScope();
    }

    public int getCareLeaverAgeCeiling() {
        return policy.careLeaverAgeCeiling();
    }

    /** The care-leaver age ceiling in force before 1 April 2018 (A24). */
    public int getCareLeaverAgeCeilingBefore2018() {
        return policy.effectiveCareLeaverAgeCeilingBefore2018();
    }

    public LocalPolicy.RepresentativeWithoutChildsViews getRepresentativeWithoutChildsViews() {
        return policy.representativeWithoutChildsViews();
    }

    /** Whether concurrent proceedings suspend a complaint (A22) rather than end it. */
    public boolean isSuspendConcurrentProceedings() {
        return policy.concurrentProceedings() == LocalPolicy.ConcurrentProceedings.SUSPEND_WITH_WRITTEN_REASON;
    }

    public boolean isLateComplaintPresumption() {
        return policy.lateComplaintPresumption();
    }
}
