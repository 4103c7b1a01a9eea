package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * How the child's statuses were established: by the council's settled assessment, or not yet (or
 * not agreed). Whether a child is in need is a question of fact under Children Act 1989 s17(10), not
 * of the council's say-so: a complaint about the assessment or a refused service is within the
 * procedure whatever the council found (Ombudsman decision 23 013 837), so the intake records
 * whether the status entered is settled.
 */
public enum StatusBasis implements Cited {
    /** The statuses are the council's assessment, and the complainant does not dispute it (the default). */
    ASSESSED(statute(secondary("{ca1989-s17}(10)"))),
    /** The complainant disputes the council's finding about the child (typically that the child is not in need). */
    DISPUTED(statute(secondary("{ca1989-s17}(10); {lgsco-23-013-837}"))),
    /** The council is assessing whether the child is in need (s17), and has not yet decided. */
    UNDER_ASSESSMENT(statute(secondary("{ca1989-s17}(10); {lgsco-23-013-837}"))),
    /** The child has been referred to the council, which has not yet assessed them. */
    REFERRED(statute(secondary("{ca1989-s17}(10); {lgsco-23-013-837}")));

    private final Provision provision;

    StatusBasis(Provision provision) {
        this.provision = provision;
    }

    /**
     * Whether the statuses entered are settled: assessed and not disputed.
     *
     * @return true only for {@link #ASSESSED}
     */
    public boolean isSettled() {
        return this == ASSESSED;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
