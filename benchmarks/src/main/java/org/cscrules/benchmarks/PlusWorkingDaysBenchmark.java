package org.cscrules.benchmarks;

import de.focus_shift.jollyday.core.HolidayManager;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import org.cscrules.calendar.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code plusWorkingDays(d, 65)}, the longest statutory clock (reg. 17 stage 2 maximum), four
 * ways in one run: the project's precomputed index; a naive day-by-day loop asking Jollyday's
 * {@code isHoliday} about each day; the same loop over a {@code HashSet} of Jollyday's holidays
 * asked for once (the fair "loop" contender); and ObjectLab Kit's business-day calculator holding
 * the same holidays. The three loops are O(n) in the number of days, the index O(1).
 *
 * <p>Each call takes the next of 4,096 random working days from 2012 to 2028 (working days, so
 * that ObjectLab's forward handler does not first move the start); set-up checks that all four
 * give the same answers for every one of them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PlusWorkingDaysBenchmark {

    static final int WORKING_DAYS = 65;
    private static final int STARTS = 4096;

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private final LocalDate[] starts = new LocalDate[STARTS];
    private HolidayManager jollyday;
    private Set<LocalDate> jollydaySet;
    private DateCalculator<LocalDate> objectLab;
    private int next;

    @Setup
    public void setUp() {
        jollyday = Peers.jollyday();
        jollydaySet = Peers.jollydayHolidaySet(jollyday);
        objectLab = Peers.objectLab(calendar);
        Random random = new Random(20061738);
        long first = LocalDate.of(2012, 1, 1).toEpochDay();
        long last = LocalDate.of(2028, 9, 1).toEpochDay();
        for (int i = 0; i < STARTS; i++) {
            starts[i] = calendar.nextWorkingDay(LocalDate.ofEpochDay(first + random.nextInt((int) (last - first))));
            LocalDate expected = calendar.plusWorkingDays(starts[i], WORKING_DAYS);
            if (!expected.equals(Peers.naivePlusWorkingDays(jollyday, starts[i], WORKING_DAYS))
                    || !expected.equals(Peers.setPlusWorkingDays(jollydaySet, starts[i], WORKING_DAYS))
                    || !expected.equals(Peers.objectLabPlusWorkingDays(objectLab, starts[i], WORKING_DAYS))) {
                throw new IllegalStateException("Peers disagree from " + starts[i]);
            }
        }
    }

    private LocalDate nextStart() {
        next = (next + 1) & (STARTS - 1);
        return starts[next];
    }

    @Benchmark
    public LocalDate cscCalendar() {
        return calendar.plusWorkingDays(nextStart(), WORKING_DAYS);
    }

    @Benchmark
    public LocalDate naiveJollydayLoop() {
        return Peers.naivePlusWorkingDays(jollyday, nextStart(), WORKING_DAYS);
    }

    @Benchmark
    public LocalDate jollydaySetLoop() {
        return Peers.setPlusWorkingDays(jollydaySet, nextStart(), WORKING_DAYS);
    }

    @Benchmark
    public LocalDate objectLabKit() {
        return Peers.objectLabPlusWorkingDays(objectLab, nextStart(), WORKING_DAYS);
    }
}
