package org.cscrules.drl;

import java.time.Clock;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.CscRulesProvider;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.internal.validation.ModelValidator;
import org.cscrules.core.policy.LocalPolicy;

/**
 * The csc-rules implementation that {@code EligibilityService.create()} and
 * {@code ComplaintProcess.create()} find with
 * {@link java.util.ServiceLoader}. Not for direct use, but for its {@link #rulebook()}.
 */
public final class DroolsRulesProvider implements CscRulesProvider {

    /**
     * The rulebook as Markdown: every rule's id, name, citation, verification, basis and description,
     * grouped by topic, with the rulebook version every decision's provenance names; the text of the
     * library's {@code docs/RULES.md}. For a service that shows callers the rules it runs.
     *
     * @return the rulebook; never null
     */
    public static String rulebook() {
        return Rulebook.markdown(RuleBase.allRules());
    }

    @Override
    public EligibilityService eligibilityService(LocalPolicy policy, Clock clock) {
        return new DroolsEligibilityService(policy, clock);
    }

    /** Cheap to make: its validator comes from a shared factory (see {@code ModelValidator.createLightweight}). */
    @Override
    public EligibilityService eligibilityServiceForReplay(LocalPolicy policy, Clock clock) {
        return new DroolsEligibilityService(policy, clock, ModelValidator.createLightweight(clock), session -> { });
    }

    @Override
    public ComplaintProcess complaintProcess(LocalPolicy policy, Clock clock) {
        return new DroolsComplaintProcess(policy, clock);
    }

    /** Cheap to make: its validator comes from a shared factory (see {@code ModelValidator.createLightweight}). */
    @Override
    public ComplaintProcess complaintProcessForReplay(LocalPolicy policy, Clock clock) {
        return new DroolsComplaintProcess(policy, clock, ModelValidator.createLightweight(clock), session -> { });
    }
}
