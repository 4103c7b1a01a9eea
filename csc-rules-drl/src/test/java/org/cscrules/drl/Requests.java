package org.cscrules.drl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.CouncilFindings;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Understanding;

/** Short-hand for the scenario tables: a request from its essentials, and the fixed clock. */
final class Requests {

    /** "Today" for every test: Monday 23 November 2026. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
    static final LocalDate GROUNDS = LocalDate.of(2026, 9, 14);

    /** One service per policy, built on first use and shared by the tables that assess under it. */
    private static final java.util.Map<org.cscrules.core.policy.LocalPolicy, DroolsEligibilityService> SERVICES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Requests() {
    }

    /** The service for {@code policy}, on the fixed clock, built once. */
    static DroolsEligibilityService service(org.cscrules.core.policy.LocalPolicy policy) {
        return SERVICES.computeIfAbsent(policy, p -> new DroolsEligibilityService(p, CLOCK));
    }

    /** A complaint in the complainant's own right about a 12-year-old (or a care leaver of 20, an adopted adult). */
    static ComplaintRequest of(ComplainantRole role, LocalAuthorityFunction function, ChildStatus... statuses) {
        int age = role == ComplainantRole.CARE_LEAVER ? 20 : role == ComplainantRole.ADOPTED_PERSON ? 30 : 12;
        return ComplaintRequest.of(role, Child.of(Understanding.SUFFICIENT, statuses).withAge(age),
                Representation.inOwnRight(), Subject.of(function, Grievance.DELAY), ComplaintDates.of(RECEIVED, GROUNDS));
    }

    /** An advocate's complaint on behalf of a looked-after child about contact. */
    static ComplaintRequest onBehalf(ChildViews views, Suitability suitability) {
        return of(ComplainantRole.CHILD_LOOKED_AFTER, LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE, ChildStatus.LOOKED_AFTER)
                .withRepresentation(Representation.onBehalfOfChild(RepresentativeKind.ADVOCATE, views, suitability));
    }

    /** A request whose reg. 12 decision was made on 4 November 2026. */
    static ComplaintRequest decided(ComplaintRequest request, Suitability decision) {
        return request.withFindings(request.findings().withSufficientInterest(decision))
                .withDates(request.dates().withSufficientInterestDecided(LocalDate.of(2026, 11, 4)));
    }

    /** Received on RECEIVED about grounds that arose on {@code grounds}. */
    static ComplaintRequest arose(ComplaintRequest request, LocalDate grounds) {
        return request.withDates(ComplaintDates.of(RECEIVED, grounds));
    }

    static ComplaintRequest lateTest(ComplaintRequest request, boolean notReasonable, boolean fair) {
        return request.withFindings(CouncilFindings.none().withLateComplaintTest(notReasonable, fair));
    }
}
