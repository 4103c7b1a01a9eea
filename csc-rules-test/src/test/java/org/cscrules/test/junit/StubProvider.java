package org.cscrules.test.junit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.CscRulesProvider;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineStatus;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Recalculation;
import org.cscrules.core.process.Transition;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.timescale.Deadline;

/**
 * The kit's tests run without the rules engine (csc-rules-drl's tests use the kit): this provider
 * gives services that know their policy and clock and answer nothing else, which is all the
 * extension's tests ask of them. The examples module runs the kit on the real services.
 */
public final class StubProvider implements CscRulesProvider {

    /** Made by {@link java.util.ServiceLoader}. */
    public StubProvider() {
    }

    @Override
    public EligibilityService eligibilityService(LocalPolicy policy, Clock clock) {
        return new StubEligibility(policy, clock);
    }

    @Override
    public ComplaintProcess complaintProcess(LocalPolicy policy, Clock clock) {
        return new StubProcess(policy);
    }

    private record StubEligibility(LocalPolicy policy, Clock clock) implements EligibilityService {

        @Override
        public EligibilityDecision assess(ComplaintRequest request) {
            throw new UnsupportedOperationException("a stub: the kit's tests do not assess");
        }

        @Override
        public List<EligibilityDecision> assessAll(Collection<ComplaintRequest> requests) {
            throw new UnsupportedOperationException("a stub: the kit's tests do not assess");
        }

        @Override
        public Provenance provenance() {
            return Provenance.now("stub", policy.calendar(), policy, clock);
        }
    }

    private record StubProcess(LocalPolicy policy) implements ComplaintProcess {

        @Override
        public Recalculation recalculate(ComplaintState state) {
            throw new UnsupportedOperationException("a stub");
        }

        @Override
        public Transition apply(ComplaintState state, ProcessEvent event) {
            throw new UnsupportedOperationException("a stub");
        }

        @Override
        public List<Deadline> deadlines(ComplaintState state) {
            throw new UnsupportedOperationException("a stub");
        }

        @Override
        public List<DeadlineStatus> status(ComplaintState state, LocalDate today) {
            throw new UnsupportedOperationException("a stub");
        }

        @Override
        public List<DeadlineStatus> status(ComplaintState state) {
            throw new UnsupportedOperationException("a stub");
        }
    }
}
