package org.cscrules.benchmarks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Understanding;
import org.cscrules.calendar.WorkingDayCalendar;

/**
 * One answer in a fresh JVM, for the whole-process cold-start measurement of {@code cold-start.sh}:
 * {@code jvm} (nothing: the JVM's own start), {@code csc} (the first answer of
 * {@code WorkingDayCalendar.englandAndWales()}), {@code jollyday} (the first answer of Jollyday,
 * which the calendar would pay if it loaded Jollyday at run time), or {@code assess} (the first
 * eligibility decision with its deadlines: rules, validator and calendar all start).
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) {
        LocalDate funeral = LocalDate.of(2022, 9, 19);
        boolean holiday = switch (args.length == 0 ? "" : args[0]) {
            case "jvm" -> true;
            case "csc" -> !WorkingDayCalendar.englandAndWales().isWorkingDay(funeral);
            case "jollyday" -> Peers.jollyday().isHoliday(funeral, Peers.ENGLAND);
            case "assess" -> firstDecision().deadlines().stream().anyMatch(d -> d.due().equals(LocalDate.of(2022, 9, 27)));
            default -> throw new IllegalArgumentException("usage: ColdStart jvm|csc|jollyday|assess");
        };
        if (!holiday) {
            throw new IllegalStateException("19 September 2022 must be a bank holiday, and day 10 from 12 September 2022 the 27th");
        }
    }

    /** A parent's complaint received on Monday 12 September 2022: stage 1 is due on the 27th. */
    private static EligibilityDecision firstDecision() {
        LocalDate received = LocalDate.of(2022, 9, 12);
        Clock clock = Clock.fixed(received.atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
        return EligibilityService.create(LocalPolicy.statutoryDefaults(), clock).assess(ComplaintRequest.of(
                ComplainantRole.PARENT, Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED),
                Representation.inOwnRight(), Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES),
                ComplaintDates.of(received, received.minusMonths(1))));
    }
}
