package org.cscrules.core.decision;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.policy.LocalPolicy;

/**
 * What produced a decision or a transition: this library's version, the rulebook's version (a
 * stable hash of the rules), the bank-holiday data the deadlines were counted on, the council's
 * whole {@link LocalPolicy}, and the moment "as at" which it was made, from the injected clock.
 * With the inputs, it is what a review needs to get the same answer again: see {@link org.cscrules.core.audit.Replay}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param libraryVersion the version of csc-rules, e.g. {@code 0.1.0}; {@value #UNKNOWN_VERSION} for
 *     a build that did not record one
 * @param rulebookVersion the rules' fingerprint, {@code sha256:} and 16 hex digits, as in docs/RULES.md
 * @param calendarDataVersion the bank-holiday data's fingerprint ({@link WorkingDayCalendar#dataVersion()})
 * @param calendarOfficialDataUntil the last day of official bank-holiday data; later deadlines are provisional
 * @param policy every local policy setting in effect
 * @param asAt the instant the answer was given, from the injected clock
 * @param zone the clock's zone, in which {@code asAtDate} is "today"
 * @param asAtDate the day the answer was given: {@code asAt} in {@code zone}
 */
public record Provenance(String libraryVersion, String rulebookVersion, String calendarDataVersion,
                         LocalDate calendarOfficialDataUntil, LocalPolicy policy, Instant asAt, ZoneId zone,
                         LocalDate asAtDate) {

    /** The library version of a build that did not record one. */
    public static final String UNKNOWN_VERSION = "unknown";

    /** This library's version, read once from the jar (Maven fills it in at build time). */
    public static final String LIBRARY_VERSION = readLibraryVersion();

    /**
     * Checks that every part is given and that the date is the instant's day in the zone.
     *
     * @param libraryVersion the version of csc-rules; not null
     * @param rulebookVersion the rules' fingerprint; not null
     * @param calendarDataVersion the bank-holiday data's fingerprint; not null
     * @param calendarOfficialDataUntil the last day of official bank-holiday data; not null
     * @param policy every local policy setting in effect; not null
     * @param asAt the instant the answer was given; not null
     * @param zone the clock's zone; not null
     * @param asAtDate {@code asAt}'s day in {@code zone}; not null
     * @throws IllegalArgumentException if a part is null, or {@code asAtDate} is not {@code asAt}'s
     *     day in {@code zone}
     */
    public Provenance {
        if (libraryVersion == null || rulebookVersion == null || calendarDataVersion == null
                || calendarOfficialDataUntil == null || policy == null || asAt == null || zone == null || asAtDate == null) {
            throw new IllegalArgumentException("A provenance needs every part: library, rulebook, calendar data, policy "
                    + "and the moment as at which the answer was given");
        }
        if (!asAtDate.equals(LocalDate.ofInstant(asAt, zone))) {
            throw new IllegalArgumentException("asAtDate must be the day of asAt in zone");
        }
    }

    /**
     * The provenance of an answer given now on this library: its version, {@code rulebookVersion},
     * {@code calendar}'s data, {@code policy} and the clock's current instant.
     *
     * @param rulebookVersion the rules' fingerprint; not null
     * @param calendar the working-day calendar the deadlines are counted on; not null
     * @param policy every local policy setting in effect; not null
     * @param clock the injected clock, whose instant and zone say "as at"; not null
     * @return the provenance, never null
     * @throws IllegalArgumentException if {@code rulebookVersion} or {@code policy} is null
     * @throws NullPointerException if {@code calendar} or {@code clock} is null
     */
    public static Provenance now(String rulebookVersion, WorkingDayCalendar calendar, LocalPolicy policy, Clock clock) {
        Instant now = clock.instant();
        return new Provenance(LIBRARY_VERSION, rulebookVersion, calendar.dataVersion(), calendar.officialDataUntil(), policy,
                now, clock.getZone(), LocalDate.ofInstant(now, clock.getZone()));
    }

    /**
     * Whether the library version names its code: a release, or a snapshot with the commit it was
     * built from and no uncommitted changes. A snapshot built outside git, from a changed tree
     * ({@code .dirty}) or without Maven ({@code unknown}) does not: two such builds with the same
     * version may differ.
     *
     * @return true for a release, or a snapshot built by Maven from a clean git tree
     */
    public boolean identifiesItsCode() {
        return !libraryVersion.equals(UNKNOWN_VERSION) && !libraryVersion.endsWith(".dirty") && !libraryVersion.endsWith("-SNAPSHOT");
    }

    /**
     * A clock stopped at {@link #asAt()} in {@link #zone()}: "today" as it was when the answer was
     * given, for giving the answer again.
     *
     * @return a fixed clock, never null
     */
    public Clock clock() {
        return Clock.fixed(asAt, zone);
    }

    /**
     * The version Maven wrote into library.properties; a build that did not filter it (an IDE's, say)
     * says "unknown" rather than stopping the library from loading.
     */
    private static String readLibraryVersion() {
        Properties properties = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("library.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return UNKNOWN_VERSION;
        }
        return libraryVersion(properties);
    }

    /**
     * The version named in {@code properties}: a release as it is, e.g. {@code 0.2.0}; a snapshot with
     * the commit it was built from, e.g. {@code 0.1.0-SNAPSHOT+bdba68ca4366}, and {@code .dirty} when
     * the working tree had changes, because two snapshot builds can differ in code that changes answers.
     */
    static String libraryVersion(Properties properties) {
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.startsWith("${")) {
            return UNKNOWN_VERSION;
        }
        String commit = properties.getProperty("commit", "");
        if (!version.endsWith("-SNAPSHOT") || commit.isBlank() || commit.startsWith("${")) {
            return version;
        }
        return version + "+" + commit + ("true".equals(properties.getProperty("dirty")) ? ".dirty" : "");
    }
}
