package org.cscrules.core.law;

import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.statute;

import java.time.LocalDate;

/**
 * A change in the law that a rule depends on, with the day it came into force: each date lives
 * here once, with its citation. A rule that applies only before or only from such a day names it
 * in its metadata ({@code @inForceFrom} / {@code @inForceUntil}), and is compared with the day the
 * council received the complaint, the day the representation was made. Because a complaint is
 * never assessed before it was received, assessing "as at" a past day (as a replay does) gives the
 * answer the law gave then.
 */
public enum LegalChange implements Cited {

    /** The 2006 Regulations came into force; no complaint under them was received before (reg. 1). */
    REGULATIONS_IN_FORCE(LocalDate.of(2006, 9, 1), statute(verified("{si2006-reg1}")));

    private final LocalDate inForceFrom;
    private final Provision provision;

    LegalChange(LocalDate inForceFrom, Provision provision) {
        this.inForceFrom = inForceFrom;
        this.provision = provision;
    }

    /**
     * The first day the change applies.
     *
     * @return the day it came into force, never null
     */
    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    /**
     * Whether the change applies to a complaint received on {@code received}.
     *
     * @param received the day the council received the complaint
     * @return true if {@code received} is on or after {@link #inForceFrom()}
     * @throws NullPointerException if {@code received} is null
     */
    public boolean appliesTo(LocalDate received) {
        return !received.isBefore(inForceFrom);
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
