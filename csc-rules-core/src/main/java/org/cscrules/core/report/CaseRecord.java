package org.cscrules.core.report;

import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.request.ComplaintRequest;

/**
 * One representation as the annual report counts it: the request (who, about what, received
 * when and how, and each stage's finding in its {@code reporting}), what became of it, and — for a
 * valid complaint — its journey through the stages with the date of every event.
 *
 * <p>Immutable and thread-safe. Holds no names; the report never prints anything but counts.
 *
 * @param request the request, with its reporting details
 * @param disposal what became of it
 * @param journey the complaint's state at the end of the period; null unless it is a valid complaint
 */
public record CaseRecord(ComplaintRequest request, Disposal disposal, ComplaintState journey) {

    /** Checks the parts fit: a request and a disposal always, a journey for a valid complaint only. */
    public CaseRecord {
        if (request == null || disposal == null || (disposal == Disposal.VALID_COMPLAINT) != (journey != null)) {
            throw new IllegalArgumentException("A case record needs a request and a disposal, and a journey exactly "
                    + "when it is a valid complaint");
        }
    }
}
