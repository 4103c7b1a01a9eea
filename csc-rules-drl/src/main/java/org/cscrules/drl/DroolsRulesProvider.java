package org.cscrules.drl;

import java.time.Clock;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.spi.CscRulesProvider;

/**
 * The csc-rules implementation that {@code EligibilityService.create()} finds with
 * {@link java.util.ServiceLoader}. Not for direct use.
 */
public final class DroolsRulesProvider implements CscRulesProvider {

    @Override
    public EligibilityService eligibilityService(LocalPolicy policy, Clock clock) {
        return new DroolsEligibilityService(policy, clock);
    }

    @Override
    public ComplaintProcess complaintProcess(LocalPolicy policy, Clock clock) {
        return new PendingComplaintProcess(policy);
    }

    /** The process's contract so far (issue #5 adds the transitions). */
    private record PendingComplaintProcess(LocalPolicy policy) implements ComplaintProcess {
    }
}
