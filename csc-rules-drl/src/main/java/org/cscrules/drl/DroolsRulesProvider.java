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

    /** Made by {@link java.util.ServiceLoader}, which needs a public constructor without arguments. */
    public DroolsRulesProvider() {
    }

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

    /**
     * A thread-safe eligibility service on the DRL rules. The rules are built once per JVM, on
     * first use (about a second), and shared by every service made after.
     *
     * @param policy the council's policy, applied to every answer; not null
     * @param clock the source of "today"; not null
     * @return a new service; never null
     * @throws IllegalArgumentException if {@code policy} or {@code clock} is null
     */
    @Override
    public EligibilityService eligibilityService(LocalPolicy policy, Clock clock) {
        return new DroolsEligibilityService(policy, clock);
    }

    /**
     * An eligibility service for a replay: the same rules, validation and answers as {@link
     * #eligibilityService}, cheap to make because its validator comes from a shared factory (see
     * {@code ModelValidator.createLightweight}).
     *
     * @param policy the council's policy, applied to every answer; not null
     * @param clock the source of "today"; not null
     * @return a new service; never null
     * @throws IllegalArgumentException if {@code policy} or {@code clock} is null
     */
    @Override
    public EligibilityService eligibilityServiceForReplay(LocalPolicy policy, Clock clock) {
        return new DroolsEligibilityService(policy, clock, ModelValidator.createLightweight(clock), session -> { });
    }

    /**
     * A thread-safe complaint process on the DRL stage rules, built once per JVM like the
     * eligibility rules.
     *
     * @param policy the council's policy, applied to every answer; not null
     * @param clock the source of "today"; not null
     * @return a new process; never null
     * @throws IllegalArgumentException if {@code policy} or {@code clock} is null
     */
    @Override
    public ComplaintProcess complaintProcess(LocalPolicy policy, Clock clock) {
        return new DroolsComplaintProcess(policy, clock);
    }

    /**
     * A complaint process for a replay: the same rules, validation and answers as {@link
     * #complaintProcess}, cheap to make because its validator comes from a shared factory (see
     * {@code ModelValidator.createLightweight}).
     *
     * @param policy the council's policy, applied to every answer; not null
     * @param clock the source of "today"; not null
     * @return a new process; never null
     * @throws IllegalArgumentException if {@code policy} or {@code clock} is null
     */
    @Override
    public ComplaintProcess complaintProcessForReplay(LocalPolicy policy, Clock clock) {
        return new DroolsComplaintProcess(policy, clock, ModelValidator.createLightweight(clock), session -> { });
    }
}
