package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * No Drools exception leaves the public API: an engine failure is an IllegalStateException naming
 * the cause, and the session it broke is never lent again.
 */
class EngineFailureTest {

    private static final ComplaintRequest PARENT = Requests.of(ComplainantRole.PARENT,
            LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.IN_NEED);

    @Test
    void anEngineFailureIsAnIllegalStateExceptionAndTheBrokenSessionIsDiscarded() {
        AtomicBoolean broken = new AtomicBoolean(true);
        DroolsEligibilityService service = new DroolsEligibilityService(LocalPolicy.statutoryDefaults(), Requests.CLOCK,
                session -> session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void beforeMatchFired(BeforeMatchFiredEvent event) {
                        if (broken.getAndSet(false)) {
                            throw new UnsupportedOperationException("engine broke");
                        }
                    }
                }));

        assertThatThrownBy(() -> service.assess(PARENT))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The eligibility rules failed: ")
                .hasRootCauseInstanceOf(UnsupportedOperationException.class)
                .hasRootCauseMessage("engine broke");

        assertThat(service.assess(PARENT))
                .as("the next call gets a clean session and the full answer")
                .isEqualTo(new DroolsEligibilityService(LocalPolicy.statutoryDefaults(), Requests.CLOCK).assess(PARENT))
                .extracting(d -> d.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }
}
