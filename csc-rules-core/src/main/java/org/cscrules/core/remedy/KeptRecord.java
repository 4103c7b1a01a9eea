package org.cscrules.core.remedy;

import java.util.regex.Pattern;
import org.cscrules.core.audit.DecisionRecord;
import org.cscrules.core.audit.JourneyRecord;
import org.jspecify.annotations.Nullable;

/**
 * A record the council kept, under its own reference: a decision record or a journey record, as
 * any release wrote it (0.1.0's, unsealed, read as they are).
 *
 * @param reference the council's own identifier of the case (a case number): letters, digits and
 *     {@code . _ - / :}, up to 64 characters, so that no name or other personal data is taken for one
 * @param decision the decision record, or null when this is a journey record
 * @param journey the journey record, or null when this is a decision record
 */
public record KeptRecord(String reference, @Nullable DecisionRecord decision, @Nullable JourneyRecord journey) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._/:-]{1,64}");

    /**
     * Checks the reference and that the record is exactly one of the two.
     *
     * @param reference the council's own identifier of the case: 1 to 64 letters, digits and
     *     {@code . _ - / :}
     * @param decision the decision record, or null for a journey record
     * @param journey the journey record, or null for a decision record
     *
     * @throws IllegalArgumentException if the reference is not an identifier, or there is not exactly one record
     */
    public KeptRecord {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("A kept record's reference is the council's own identifier: 1 to 64 letters, "
                    + "digits and . _ - / :, never a name");
        }
        if ((decision == null) == (journey == null)) {
            throw new IllegalArgumentException("A kept record is a decision record or a journey record: exactly one");
        }
    }
}
