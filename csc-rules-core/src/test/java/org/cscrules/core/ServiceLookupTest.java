package org.cscrules.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.SampleRequests;
import org.junit.jupiter.api.Test;

/** csc-rules-core alone has no implementation: creating a service says what to add. */
class ServiceLookupTest {

    @Test
    void withoutAnImplementationTheErrorNamesTheDependencyToAdd() {
        assertThatThrownBy(EligibilityService::create)
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("No csc-rules implementation on the classpath: add the dependency org.cscrules:csc-rules-drl");
        assertThatThrownBy(() -> ComplaintProcess.create(LocalPolicy.statutoryDefaults(), SampleRequests.CLOCK))
                .isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullArgumentsAreCallerErrors() {
        assertThatThrownBy(() -> EligibilityService.create(null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy and clock must not be null");
        assertThatThrownBy(() -> EligibilityService.create(LocalPolicy.statutoryDefaults(), null))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }
}
