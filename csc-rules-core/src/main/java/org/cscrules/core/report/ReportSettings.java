package org.cscrules.core.report;

/**
 * How a council prints its report where councils differ: how percentages are rounded, and how many
 * earlier years stand beside the report year. Neither changes a count.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rounding how a percentage is rounded to a whole number
 * @param earlierYears how many periods before the report's stand beside it, each a year earlier
 *     (0 to {@value #MOST_EARLIER_YEARS}); most councils' tables show two
 * @param onTimeTargetPercent the council's own target for responses on time, e.g. 85 (Cheshire West and
 *     Chester's annual report for 2016-17, Harrow's for 2017/18); empty for none. The report shows each rate against it.
 * @param taxonomy the council's own service areas, themes and learning, each a table of the report;
 *     {@link CouncilTaxonomy#none()} for none
 * @param timelinessYear whether a response's timeliness counts in the year it was sent or the year it was due
 */
public record ReportSettings(Rounding rounding, int earlierYears, java.util.OptionalInt onTimeTargetPercent,
                             CouncilTaxonomy taxonomy, TimelinessYear timelinessYear) {

    /** The year in which a response's timeliness is counted: councils differ. */
    public enum TimelinessYear {
        /** The year the response was sent (default): every response is judged once, when it is known. */
        SENT,
        /**
         * The year the response was due: every deadline of the year is judged in it, as now known (a
         * response sent after the year's end was late in it), and one not yet sent counted as such.
         */
        DUE
    }

    /** The most earlier years a report shows. */
    public static final int MOST_EARLIER_YEARS = 4;

    /** How a percentage is rounded to a whole number. */
    public enum Rounding {
        /** To the nearest, a half up: 52 of 55 (94.5%) is 95%. */
        HALF_UP,
        /** Down, as some councils print: 52 of 55 is 94%, 7 of 56 (12.5%) is 12% (Harrow's annual report for 2017/18). */
        DOWN
    }

    /**
     * Checks the settings.
     *
     * @param rounding how a percentage is rounded; not null
     * @param earlierYears how many earlier years stand beside the report's; 0 to {@value #MOST_EARLIER_YEARS}
     * @param onTimeTargetPercent the target for responses on time, 1 to 100, or empty for none; not null
     * @param taxonomy the council's own categories; not null ({@link CouncilTaxonomy#none()} for none)
     * @param timelinessYear the year timeliness is counted in; not null
     * @throws IllegalArgumentException if a part is null, {@code earlierYears} is out of range, or the
     *     target is outside 1 to 100
     */
    public ReportSettings {
        if (rounding == null || earlierYears < 0 || earlierYears > MOST_EARLIER_YEARS || onTimeTargetPercent == null || taxonomy == null
                || timelinessYear == null
                || onTimeTargetPercent.isPresent() && (onTimeTargetPercent.getAsInt() < 1 || onTimeTargetPercent.getAsInt() > 100)) {
            throw new IllegalArgumentException("A report's settings need a rounding, from 0 to " + MOST_EARLIER_YEARS
                    + " earlier years, a target from 1 to 100 percent or none, a taxonomy (none for none) and a timeliness year");
        }
    }

    /**
     * Settings with no target.
     *
     * @param rounding how a percentage is rounded
     * @param earlierYears how many earlier years stand beside the report's; 0 to {@value #MOST_EARLIER_YEARS}
     * @throws IllegalArgumentException if {@code rounding} is null or {@code earlierYears} is out of range
     */
    public ReportSettings(Rounding rounding, int earlierYears) {
        this(rounding, earlierYears, java.util.OptionalInt.empty(), CouncilTaxonomy.none(), TimelinessYear.SENT);
    }

    /**
     * These settings with the council's target for responses on time.
     *
     * @param percent the target, from 1 to 100
     * @return the settings; never null
     * @throws IllegalArgumentException if {@code percent} is out of range
     */
    public ReportSettings withOnTimeTarget(int percent) {
        return new ReportSettings(rounding, earlierYears, java.util.OptionalInt.of(percent), taxonomy, timelinessYear);
    }

    /**
     * These settings with the council's own categories.
     *
     * @param categories the council's taxonomy; not null
     * @return the settings; never null
     * @throws IllegalArgumentException if {@code categories} is null
     */
    public ReportSettings withTaxonomy(CouncilTaxonomy categories) {
        return new ReportSettings(rounding, earlierYears, onTimeTargetPercent, categories, timelinessYear);
    }

    /**
     * These settings with the year in which timeliness is counted.
     *
     * @param year sent or due; not null
     * @return the settings; never null
     * @throws IllegalArgumentException if {@code year} is null
     */
    public ReportSettings withTimelinessYear(TimelinessYear year) {
        return new ReportSettings(rounding, earlierYears, onTimeTargetPercent, taxonomy, year);
    }

    /**
     * Rounded half up, with the two years before the report's beside it.
     *
     * @return the defaults; never null
     */
    public static ReportSettings defaults() {
        return new ReportSettings(Rounding.HALF_UP, 2, java.util.OptionalInt.empty(), CouncilTaxonomy.none(), TimelinessYear.SENT);
    }

    /**
     * {@code count} out of {@code base} as a whole percentage, rounded as this setting says.
     *
     * @param count the count; 0 or more
     * @param base what it is out of; more than 0
     * @return the percentage
     */
    long percent(int count, int base) {
        return rounding == Rounding.HALF_UP ? Math.round(100.0 * count / base) : (100L * count) / base;
    }

    /** The rule, in words, for the report's preamble. */
    String roundingInWords() {
        return rounding == Rounding.HALF_UP ? "rounded to the nearest whole percent, a half up" : "rounded down to a whole percent";
    }
}
