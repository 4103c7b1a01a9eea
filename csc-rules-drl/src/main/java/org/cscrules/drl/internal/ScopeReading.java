package org.cscrules.drl.internal;

import org.cscrules.core.request.FunctionScope;

/**
 * Inferred by a SCOPE rule, one per complaint: the scope the function complained about falls in,
 * as the statute gives it or, for reports to court, as the council reads the law. The "who may
 * complain" rules match it, so that standing is per function.
 */
public final class ScopeReading {

    private final Complaint complaint;
    private final FunctionScope scope;

    /**
     * @param complaint the complaint
     * @param scope the function's scope
     */
    public ScopeReading(Complaint complaint, FunctionScope scope) {
        this.complaint = complaint;
        this.scope = scope;
    }

    /** @return the complaint */
    public Complaint getComplaint() {
        return complaint;
    }

    /** @return the function's scope */
    public FunctionScope getScope() {
        return scope;
    }
}
