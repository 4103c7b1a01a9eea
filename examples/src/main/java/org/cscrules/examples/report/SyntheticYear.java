package org.cscrules.examples.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Transition;
import org.cscrules.core.process.TransitionOutcome;
import org.cscrules.core.report.CaseRecord;
import org.cscrules.core.report.CouncilClassification;
import org.cscrules.core.report.CouncilTaxonomy;
import org.cscrules.core.report.Disposal;
import org.cscrules.core.report.ReportingPeriod;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Finding;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.PointOfReceipt;
import org.cscrules.core.request.ReceiptMethod;
import org.cscrules.core.request.Reporting;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.ServiceArea;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Understanding;

/**
 * A synthetic year of case records, the same for the same seed: representations received on
 * working days through the year, most of them valid complaints, answered at stage 1 after a spread
 * of working days, some escalated to stage 2 and the panel. The proportions are loosely those of
 * councils' published reports (about a third valid, a quarter of stage 1 responses late). No real person.
 */
public final class SyntheticYear {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final ComplainantRole[] ROLES = {ComplainantRole.PARENT, ComplainantRole.PARENT, ComplainantRole.PARENT,
            ComplainantRole.CHILD_LOOKED_AFTER, ComplainantRole.LOCAL_AUTHORITY_FOSTER_PARENT, ComplainantRole.CARE_LEAVER,
            ComplainantRole.SUFFICIENT_INTEREST_IN_CHILD, ComplainantRole.PARENTAL_RESPONSIBILITY_HOLDER};
    private static final LocalAuthorityFunction[] FUNCTIONS = {LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES,
            LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE, LocalAuthorityFunction.EFFECT_OF_CARE_ORDER,
            LocalAuthorityFunction.LEAVING_CARE_SUPPORT};

    private SyntheticYear() {
    }

    /** {@code count} records received in {@code period}, from {@code seed}; each journey made by the process, as a council's would be. */
    public static List<CaseRecord> of(ReportingPeriod period, int count, long seed) {
        Random random = new Random(seed);
        ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), Clock.fixed(
                period.to().plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        List<CaseRecord> records = new ArrayList<>();
        int span = (int) (period.to().toEpochDay() - period.from().toEpochDay());
        for (int i = 0; i < count; i++) {
            LocalDate received = CALENDAR.nextWorkingDay(period.from().plusDays(random.nextInt(span - 40)));
            double kind = random.nextDouble();
            Disposal disposal = kind < 0.4 ? Disposal.VALID_COMPLAINT : kind < 0.6 ? Disposal.INELIGIBLE
                    : kind < 0.7 ? Disposal.WITHDRAWN : Disposal.ALTERNATIVE_ROUTE;
            Finding stage1 = disposal == Disposal.VALID_COMPLAINT ? pick(random, Finding.values()) : null;
            ComplaintState journey = null;
            Finding stage2 = null;
            if (disposal == Disposal.VALID_COMPLAINT) {
                int days = random.nextDouble() < 0.75 ? 3 + random.nextInt(17) : 21 + random.nextInt(15);
                LocalDate responded = CALENDAR.plusWorkingDays(received, days);
                journey = process.start(received);
                if (days > Timescale.T2_STAGE_1_RESPONSE.length() && random.nextDouble() < 0.8) {
                    // most councils that take longer than 10 working days extend first, with a reason (reg. 14)
                    journey = recorded(process, journey, new ProcessEvent(EventType.STAGE_1_EXTENDED,
                            CALENDAR.plusWorkingDays(received, 5), Timescale.T2_STAGE_1_RESPONSE.extendedMaximum(), "complex", null));
                }
                journey = recorded(process, journey, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, responded));
                if (random.nextDouble() < 0.15) {
                    LocalDate requested = CALENDAR.plusWorkingDays(responded, 1 + random.nextInt(15));
                    journey = recorded(process, journey, ProcessEvent.of(EventType.STAGE_2_REQUESTED, requested));
                    if (random.nextDouble() < 0.8) {
                        LocalDate answered = CALENDAR.plusWorkingDays(requested, 15 + random.nextInt(45));
                        journey = recorded(process, journey, ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, answered));
                        stage2 = pick(random, Finding.values());
                        if (random.nextDouble() < 0.2) {
                            journey = recorded(process, journey, ProcessEvent.of(EventType.STAGE_3_REQUESTED,
                                    CALENDAR.plusWorkingDays(answered, 5 + random.nextInt(10))));
                        }
                    }
                }
            }
            ComplaintRequest request = new ComplaintRequest(pick(random, ROLES),
                    Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(6 + random.nextInt(10)),
                    Representation.inOwnRight(), Subject.of(pick(random, FUNCTIONS), pick(random, Grievance.values())),
                    ComplaintDates.of(received, received.minusDays(10 + random.nextInt(60))), null, null,
                    new Reporting(pick(random, ReceiptMethod.values()), pick(random, PointOfReceipt.values()),
                            pick(random, ServiceArea.values()), stage1, stage2, null));
            CouncilClassification council = disposal != Disposal.VALID_COMPLAINT ? null : new CouncilClassification(
                    pick(random, TAXONOMY.serviceAreas().toArray(String[]::new)),
                    java.util.Set.of(pick(random, TAXONOMY.themes().toArray(String[]::new))),
                    stage1 == Finding.NOT_UPHELD ? java.util.Set.of()
                            : java.util.Set.of(pick(random, TAXONOMY.learning().toArray(String[]::new))));
            records.add(new CaseRecord(request, disposal, journey, council));
        }
        return records;
    }

    /** {@code state} with {@code event} recorded, as the process rules on it; a refused event is a fault in the synthetic data. */
    private static ComplaintState recorded(ComplaintProcess process, ComplaintState state, ProcessEvent event) {
        Transition transition = process.apply(state, event);
        if (transition.outcome() == TransitionOutcome.REFUSED) {
            throw new IllegalStateException("The synthetic journey made an event the rules refuse: " + event.type());
        }
        return transition.state();
    }

    /** The synthetic council's own categories (its teams, themes and learning, as a council such as Harrow names them). */
    static final CouncilTaxonomy TAXONOMY = new CouncilTaxonomy(
            java.util.List.of("Targeted Services", "Children Looked After", "Children with Disabilities", "Early Help"),
            java.util.List.of("Communication", "Delay", "Staff conduct", "Quality of service", "Decision disputed"),
            java.util.List.of("Apology given", "Practice changed", "Staff training", "Service provided"));

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
