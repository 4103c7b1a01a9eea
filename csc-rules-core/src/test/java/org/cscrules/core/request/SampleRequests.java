package org.cscrules.core.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Valid requests for tests to start from, and the fixed clock they are valid under. */
public final class SampleRequests {

    /** "Today" for every test: Monday 23 November 2026. */
    public static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    private SampleRequests() {
    }

    /** A parent of a child in need complains in their own right about a delayed assessment. */
    public static ComplaintRequest parentOfChildInNeed() {
        return ComplaintRequest.of(
                ComplainantRole.PARENT,
                Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(12),
                Representation.inOwnRight(),
                Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY),
                ComplaintDates.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 9, 14)));
    }

    /** An advocate complains on behalf of a looked-after child who agrees. */
    public static ComplaintRequest advocateForLookedAfterChild() {
        return ComplaintRequest.of(
                ComplainantRole.CHILD_LOOKED_AFTER,
                Child.of(Understanding.SUFFICIENT, ChildStatus.LOOKED_AFTER).withDateOfBirth(LocalDate.of(2012, 5, 1)),
                Representation.onBehalfOfChild(RepresentativeKind.ADVOCATE, ChildViews.CONSENT_GIVEN, Suitability.SUITABLE),
                Subject.of(LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE, Grievance.UNWELCOME_OR_DISPUTED_DECISION),
                ComplaintDates.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 9, 1)))
                .withReporting(Reporting.received(ReceiptMethod.EMAIL, PointOfReceipt.COMPLAINTS_TEAM, ServiceArea.CHILDREN_IN_CARE));
    }
}
