package org.cscrules.core;

import java.time.Clock;
import org.cscrules.core.policy.LocalPolicy;

/**
 * An implementation of the csc-rules services, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.cscrules.core.CscRulesProvider}). {@code csc-rules-drl}
 * provides the one implementation. Implementations must be thread-safe.
 */
public interface CscRulesProvider {

    /**
     * A thread-safe eligibility service applying {@code policy}, with "today" from {@code clock}.
     *
     * @param policy the council's policy; never null (the caller checks)
     * @param clock the source of "today"; never null (the caller checks)
     * @return a new service, never null
     */
    EligibilityService eligibilityService(LocalPolicy policy, Clock clock);

    /**
     * An eligibility service for a replay: the same rules, validation and answers as {@link
     * #eligibilityService} for the same non-null policy and clock, but made to answer once or a few
     * times, so cheap to make rather than cheap per decision. By default {@link #eligibilityService}.
     *
     * @param policy the policy to apply: in a replay, the one the decision was taken under; never null
     * @param clock the source of "today": in a replay, a clock stopped at the recorded moment; never null
     * @return a service, never null
     */
    default EligibilityService eligibilityServiceForReplay(LocalPolicy policy, Clock clock) {
        return eligibilityService(policy, clock);
    }

    /**
     * A thread-safe complaint process applying {@code policy}, with "today" from {@code clock}.
     *
     * @param policy the council's policy; never null (the caller checks)
     * @param clock the source of "today"; never null (the caller checks)
     * @return a new process, never null
     */
    ComplaintProcess complaintProcess(LocalPolicy policy, Clock clock);

    /**
     * A complaint process for a replay: the same rules, validation and answers as {@link
     * #complaintProcess} for the same non-null policy and clock, but made to answer once or a few
     * times, so cheap to make. By default {@link #complaintProcess}.
     *
     * @param policy the policy to apply: in a replay, the one the transition was ruled under; never null
     * @param clock the source of "today": in a replay, a clock stopped at the recorded moment; never null
     * @return a process, never null
     */
    default ComplaintProcess complaintProcessForReplay(LocalPolicy policy, Clock clock) {
        return complaintProcess(policy, clock);
    }
}
