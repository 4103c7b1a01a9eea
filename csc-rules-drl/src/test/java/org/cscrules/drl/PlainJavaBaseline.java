package org.cscrules.drl;

import java.time.Clock;
import java.util.List;
import org.cscrules.core.RequestValidator;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.drl.internal.Complaint;

/**
 * The whole decision in plain Java, doing the same work as the DRL service but for the rules:
 * validation, the facts, {@link JavaEligibility} in place of Drools, and the same deadlines. The
 * benchmarks' baseline. Test scope only.
 */
public final class PlainJavaBaseline {

    /** A verdict and its deadlines. */
    public record Result(JavaEligibility.Verdict verdict, List<Deadline> deadlines) {
    }

    private final RequestValidator validator;
    private final DroolsEligibilityService facts;
    private final JavaEligibility rules;

    public PlainJavaBaseline(LocalPolicy policy, Clock clock) {
        this.validator = RequestValidator.create(clock);
        this.facts = new DroolsEligibilityService(policy, clock);
        this.rules = new JavaEligibility(policy);
    }

    public Result assess(ComplaintRequest request) {
        validator.validate(request);
        Complaint complaint = facts.complaint(request);
        JavaEligibility.Verdict verdict = rules.decide(complaint);
        return new Result(verdict, facts.deadlines(complaint, verdict.outcome()));
    }
}
