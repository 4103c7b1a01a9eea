package org.cscrules.core;

import java.time.Clock;
import org.cscrules.core.policy.LocalPolicy;

/**
 * Drives one complaint through its stages against the statutory clocks: local resolution,
 * investigation, review panel, and the Ombudsman. The transitions arrive with issue #5; this
 * interface fixes how callers obtain the implementation.
 *
 * <p>Implementations are thread-safe; create one per policy and share it.
 */
public interface ComplaintProcess {

    /** The local policy this process applies. */
    LocalPolicy policy();

    /** The process with the statutory defaults and the system clock (Europe/London). */
    static ComplaintProcess create() {
        return create(LocalPolicy.statutoryDefaults());
    }

    /** The process with a council's policy and the system clock (Europe/London). */
    static ComplaintProcess create(LocalPolicy policy) {
        return create(policy, Providers.systemClock());
    }

    /**
     * The process with a council's policy and an injected clock, the source of "today".
     *
     * @throws IllegalStateException if no implementation (csc-rules-drl) is on the classpath
     */
    static ComplaintProcess create(LocalPolicy policy, Clock clock) {
        return Providers.find(policy, clock).complaintProcess(policy, clock);
    }
}
