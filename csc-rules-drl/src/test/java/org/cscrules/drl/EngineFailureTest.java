package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.StatelessKieSession;

/** No Drools exception leaves the public API: an engine failure is an IllegalStateException naming the cause. */
class EngineFailureTest {

    @Test
    void anEngineFailureIsAnIllegalStateException() {
        StatelessKieSession failing = (StatelessKieSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StatelessKieSession.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("engine broke");
                });
        DroolsEligibilityService service = new DroolsEligibilityService(LocalPolicy.statutoryDefaults(), Requests.CLOCK, failing);
        assertThatThrownBy(() -> service.assess(Requests.of(ComplainantRole.PARENT,
                LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, ChildStatus.IN_NEED)))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("The eligibility rules failed: engine broke")
                .hasCauseInstanceOf(UnsupportedOperationException.class);
    }
}
