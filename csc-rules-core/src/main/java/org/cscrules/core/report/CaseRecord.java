package org.cscrules.core.report;

import java.time.LocalDate;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.request.ComplaintRequest;
import org.jspecify.annotations.Nullable;

/**
 * One representation as the annual report counts it: the request (who, about what, received
 * when and how, and each stage's finding in its {@code reporting}), what became of it, and — for a
 * valid complaint — its journey through the stages with the date of every event.
 *
 * <p>Immutable and thread-safe. Holds no names; the report never prints anything but counts.
 *
 * @param request the request, with its reporting details
 * @param disposal what became of it
 * @param journey the complaint's state at the end of the period, with the basis its deadlines are
 *     counted on; null unless it is a valid complaint
 * @param council how the council classified it in its own taxonomy; null if it did not
 */
public record CaseRecord(ComplaintRequest request, Disposal disposal, @Nullable ComplaintState journey,
                         @Nullable CouncilClassification council) {

    /**
     * A record the council did not classify in a taxonomy of its own.
     *
     * @param request the request, with its reporting details
     * @param disposal what became of it
     * @param journey the complaint's state; null unless it is a valid complaint
     * @throws IllegalArgumentException naming what does not fit
     */
    public CaseRecord(ComplaintRequest request, Disposal disposal, @Nullable ComplaintState journey) {
        this(request, disposal, journey, null);
    }

    /**
     * Checks the parts fit: a request with its receipt date and role and subject, and a disposal,
     * always; a journey for a valid complaint only, received the same day as the request, its stage 1
     * clock starting then or later, and no event before receipt.
     *
     * @param request the request, with its date received, complainant's role and subject; not null
     * @param disposal what became of it; not null
     * @param journey the complaint's state, given exactly when the disposal is {@link
     *     Disposal#VALID_COMPLAINT}, else null
     * @param council how the council classified it, or null if it did not
     * @throws IllegalArgumentException naming what does not fit
     */
    public CaseRecord {
        if (request == null || disposal == null || (disposal == Disposal.VALID_COMPLAINT) != (journey != null)) {
            throw new IllegalArgumentException("A case record needs a request and a disposal, and a journey exactly "
                    + "when it is a valid complaint");
        }
        if (request.dates() == null || request.dates().received() == null || request.complainantRole() == null
                || request.subject() == null || request.subject().function() == null) {
            throw new IllegalArgumentException("A case record's request needs its date received, its complainant's role "
                    + "and its subject");
        }
        if (journey != null) {
            LocalDate received = request.dates().received();
            if (!received.equals(journey.received()) || journey.stage1ClockStart() == null
                    || journey.stage1ClockStart().isBefore(received) || journey.events() == null
                    || journey.events().values().stream().anyMatch(date -> date == null || date.isBefore(received))) {
                throw new IllegalArgumentException("A case record's journey must start on the day its request was received, "
                        + "with its stage 1 clock starting then or later and no event before then: received " + received);
            }
            if (journey.basis() == null || journey.basis().policy() == null) {
                throw new IllegalArgumentException("A case record's journey needs the basis its deadlines are counted on "
                        + "(the policy it was received under)");
            }
        }
    }
}
