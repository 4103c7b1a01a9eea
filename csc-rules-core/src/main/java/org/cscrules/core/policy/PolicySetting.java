package org.cscrules.core.policy;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Provision.guidance;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.statute;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;
import org.cscrules.core.timescale.Timescale;

/**
 * Every setting of a {@link LocalPolicy}, declared once: its name, kind, default (taken from
 * {@link Timescale} where the law gives a length), bounds, the reading of the law it answers
 * (A1-A25 of the library's list of readings) and the provision it rests on, and a one-line
 * description. The builder's checks, the policy's JSON form ({@link LocalPolicy#settings()}),
 * {@link LocalPolicy#changedSettings}, the command line's policy file and {@code docs/POLICY.md}
 * all come from this table, so that a setting is added by adding a row here and its typed
 * accessor and builder method in {@link LocalPolicy}.
 *
 * <p>A setting the library records but does not yet use in any answer says so ({@link
 * #isChecked()}, {@link #notCheckedBecause()}); every other setting changes some answer, which a
 * test holds it to.
 *
 * <p>Immutable and thread-safe.
 */
public enum PolicySetting implements Cited {

    /** Working days to acknowledge receipt. */
    ACKNOWLEDGEMENT_WORKING_DAYS(Kind.NUMBER, Timescale.T0_ACKNOWLEDGEMENT.length(), 0, 20, "A1",
            localPolicy(unverified("No statutory period for children's complaints; councils use 2, 3 or 5 working days")),
            "Working days the council gives itself to acknowledge a complaint."),
    /** The longest a stage 1 extension may reach: reg. 14's maximum, or a lower cap (never below the ordinary period). */
    STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS(Kind.NUMBER, Timescale.T2_STAGE_1_RESPONSE.extendedMaximum(),
            Timescale.T2_STAGE_1_RESPONSE.length(), Timescale.T2_STAGE_1_RESPONSE.extendedMaximum(), "A2",
            statute(secondary("SI 2006/1738 reg. 14")),
            "The longest a stage 1 extension may reach, in working days from the clock start: 20, or a lower cap."),
    /** When stage 1 may be extended. */
    STAGE_1_EXTENSION_CONDITION(Kind.CHOICE, LocalPolicy.Stage1ExtensionCondition.RECORDED_REASON_AND_NOTICE, "A2",
            localPolicy(unverified("Practice differs: complexity (seed 001, Coram Voice), the complainant's agreement "
                    + "(Family Rights Group), automatic (seed 002)")),
            "What a stage 1 extension needs: a recorded reason and notice, complexity, the complainant's agreement, or nothing."),
    /** Where the stage 1 clock starts for a complainant who needs a sufficient-interest decision. */
    STAGE_1_CLOCK_START(Kind.CHOICE, LocalPolicy.Stage1ClockStart.REG_12_DECISION_FOR_DISCRETIONARY_COMPLAINANTS, "A3",
            statute(secondary("SI 2006/1738 reg. 14 read with reg. 22(2)(d)")),
            "Whether stage 1 runs from receipt for everyone, or from the reg. 12 decision for a discretionary complainant."),
    /** Working days to ask for stage 2 before a request is late. */
    STAGE_2_REQUEST_WINDOW_WORKING_DAYS(Kind.NUMBER, Timescale.T4_STAGE_2_REQUEST.length(), 1,
            Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(), "A4",
            localPolicy(unverified("SI 2006/1738 reg. 15(2) gives the right; 20 working days is the usual practice")),
            "Working days after the stage 1 response within which a request for stage 2 is in time."),
    /** Whether the complainant may go to stage 2 when stage 1 is overdue. */
    STAGE_2_WHEN_STAGE_1_OVERDUE(Kind.FLAG, true, "A5",
            localPolicy(unverified("Seed 001 allows it; the other sources are silent")),
            "Whether a complainant whose stage 1 response is overdue may go straight to stage 2."),
    /** Where the stage 2 clock starts. */
    STAGE_2_CLOCK_START(Kind.CHOICE, LocalPolicy.Stage2ClockStart.REQUEST, "A6",
            localPolicy(secondary("LGSCO: 13 weeks from the date of request; some councils count from the agreed "
                    + "statement of complaint")),
            "Whether stage 2 runs from the request, or from the agreed statement of complaint (both are recorded)."),
    /** A separate target for the council's adjudication after the investigation report, or none. */
    ADJUDICATION_TARGET_WORKING_DAYS(Kind.OPTIONAL_NUMBER, OptionalInt.empty(), 1,
            Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(), "A7",
            localPolicy(unverified("No provision found; adjudication usually falls inside reg. 17's 25/65 working days; "
                    + "seed 001 sets 10 more")),
            "A separate target, in working days after the investigation report, for the council's adjudication; none by default."),
    /** Whether reg. 17's 65 working days are a hard maximum. */
    STAGE_2_MAXIMUM_IS_HARD_CAP(Kind.FLAG, true, "A8", statute(secondary("SI 2006/1738 reg. 17")),
            "Whether 65 working days at stage 2 is a hard maximum (refused beyond it) or a target (flagged)."),
    /** Working days to ask for a review panel before a request is late. */
    STAGE_3_REQUEST_WINDOW_WORKING_DAYS(Kind.NUMBER, Timescale.T8_STAGE_3_REQUEST.length(), 1,
            Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(), "A9",
            localPolicy(unverified("SI 2006/1738 reg. 18 gives the right; 20 working days as seeds 001 and 004 state it")),
            "Working days after the stage 2 response within which a request for a review panel is in time."),
    /** Working days after posting that a response counts as received. */
    DEEMED_RECEIPT_BY_POST_WORKING_DAYS(Kind.NUMBER, 2, 0, 10, "A9",
            localPolicy(unverified("The request windows run from receipt of the response (seeds 001, 004)")),
            "Working days after posting that a stage 1 or stage 2 response counts as received."),
    /** Working days after sending that an email counts as received. */
    DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS(Kind.NUMBER, 0, 0, 10, "A9",
            localPolicy(unverified("The request windows run from receipt of the response (seeds 001, 004)")),
            "Working days after sending that a stage 1 or stage 2 response by email counts as received."),
    /** Whether to compute the final response from the panel too (panel + report + response periods). */
    FINAL_RESPONSE_ALSO_FROM_PANEL(Kind.FLAG, true, "A11",
            localPolicy(secondary("Seed 001 and an LGSCO decision count 20 working days from the panel; reg. 20(3) "
                    + "counts 15 from the report")),
            "Whether the final response is also counted from the panel meeting, as a second reading."),
    /** Council closure days to count as non-working. */
    CLOSURE_DAYS(Kind.DAYS, Set.of(), "A12", statute(secondary("SI 2006/1738 reg. 2 does not exclude closure days")),
            "Days the council's offices close, counted as non-working days although reg. 2 does not exclude them."),
    /** Whether the day a clock starts counts as its first day. */
    COUNT_TRIGGER_DAY(Kind.FLAG, false, "A13", localPolicy(unverified("The common convention excludes the trigger day")),
            "Whether the day that starts a clock counts as its first working day."),
    /** What starts the one-year time limit. */
    TIME_LIMIT_TRIGGER(Kind.CHOICE, LocalPolicy.TimeLimitTrigger.GROUNDS_AROSE, "A14",
            statute(secondary("SI 2006/1738 reg. 9")),
            "Whether the one-year time limit runs from the grounds arising, or from the later of that and the complainant learning of them."),
    /** Whether a late complaint carries a presumption in favour of accepting it. */
    LATE_COMPLAINT_PRESUMPTION(Kind.FLAG, true, "A15", guidance(secondary("Getting the Best from Complaints para. 3.3.1")),
            "Whether the council's decision on a late complaint starts from a presumption in favour of accepting it."),
    /** Whether oral complaints resolved by the next working day are excluded. */
    NEXT_WORKING_DAY_RESOLUTION_EXCLUDED(Kind.FLAG, false, "A16",
            localPolicy(unverified("SI 2009/309 reg. 8(1)(c), adult regulations only; seed 001 applies it")),
            "Whether an oral complaint resolved by the next working day is left out of the procedure."),
    /** Whether the adult regulations' repeat-complaint exclusions are applied. */
    ADULT_REPEAT_EXCLUSIONS_APPLIED(Kind.FLAG, false, "§4.2",
            localPolicy(unverified("SI 2009/309 reg. 8(1)(d)-(f), adult regulations only; no verified children's equivalent")),
            "Whether a matter already considered, or investigated by the Ombudsman, needs the council's decision to go on."),
    /** Whether the council may decide requests for the next stage. */
    GATEKEEPING(Kind.CHOICE, LocalPolicy.Gatekeeping.NONE, "A17",
            localPolicy(secondary("Seeds 001 and 004 gatekeep; the LGSCO criticises refusing to complete stages")),
            "Whether the council must decide each request for stage 2 or 3 (the Ombudsman disapproves): none by default."),
    /** Whether carers from independent fostering agencies count as local authority foster parents. */
    INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS(Kind.FLAG, true, "A19",
            localPolicy(unverified("Children Act 1989 s26(3)(d); Getting the Best from Complaints and councils include them")),
            "Whether a carer from an independent fostering agency of a child the council placed complains as a foster parent."),
    /** What the child's consent means for a complaint made on their behalf. */
    CHILD_CONSENT(Kind.CHOICE, LocalPolicy.ChildConsent.RECORD_VIEWS, "A20",
            guidance(secondary("Getting the Best from Complaints: the child's views, where possible")),
            "Whether a complaint on a child's behalf needs the child's consent: never (views recorded), from an age, if of sufficient understanding, or always."),
    /** The age from which the child's consent is required, with {@code REQUIRED_FROM_AGE} only. */
    CHILD_CONSENT_AGE(Kind.OPTIONAL_NUMBER, OptionalInt.empty(), 1, 17, "A20",
            localPolicy(unverified("Thurrock requires consent from 13")),
            "The age from which the child's consent is required, when childConsent is REQUIRED_FROM_AGE (and only then)."),
    /** A representative of a child whose views cannot be obtained. */
    REPRESENTATIVE_WITHOUT_CHILDS_VIEWS(Kind.CHOICE, LocalPolicy.RepresentativeWithoutChildsViews.ACCEPT, "A21",
            localPolicy(unverified("No statutory children's capacity test was found; seeds 000 and 001 use best interests")),
            "Whether a suitable representative of a child whose views cannot be obtained may act, or only once best interests are confirmed."),
    /** What the council does when considering a complaint might prejudice concurrent proceedings. */
    CONCURRENT_PROCEEDINGS(Kind.CHOICE, LocalPolicy.ConcurrentProceedings.SUSPEND_WITH_WRITTEN_REASON, "A22",
            statute(secondary("SI 2006/1738 reg. 8")),
            "Whether a complaint that might prejudice concurrent proceedings is suspended or declined, with a written reason."),
    /** Whether the one-year time limit pauses during concurrent proceedings. */
    TIME_LIMIT_PAUSED_BY_PROCEEDINGS(Kind.FLAG, false, "A22", statute(secondary("SI 2006/1738 regs. 8, 9")),
            "Whether the one-year time limit pauses while concurrent proceedings suspend a complaint.",
            "the request model holds no dates of proceedings, so the library cannot pause the time limit; it records "
                    + "the council's reading, which changes no answer yet"),
    /** Whether public-law social work reports to court are within the procedure. */
    PUBLIC_LAW_COURT_REPORTS_IN_SCOPE(Kind.FLAG, true, "A23",
            guidance(secondary("Getting the Best from Complaints: the accuracy or quality of a social work report to court")),
            "Whether complaints about the council's public-law reports to court go through the procedure."),
    /** Whether s7 and s37 private-law reports are within the procedure. */
    PRIVATE_LAW_COURT_REPORTS_IN_SCOPE(Kind.FLAG, false, "A23",
            localPolicy(secondary("LGSCO children's complaints fact sheet: s7 and s37 reports are for the court")),
            "Whether complaints about the council's s7 and s37 reports to court go through the procedure."),
    /** The oldest a care leaver may be and still complain about leaving-care support. */
    CARE_LEAVER_AGE_CEILING(Kind.NUMBER, 25, 21, 25, "A24",
            localPolicy(unverified("Children and Social Work Act 2017: personal-adviser support to 25; older manuals say 24")),
            "The oldest a care leaver may be, in whole years and inclusive, and still complain about leaving-care support."),
    /** The care-leaver age ceiling for a complaint received before 1 April 2018, or none for the older manuals' reading. */
    CARE_LEAVER_AGE_CEILING_BEFORE_2018(Kind.OPTIONAL_NUMBER, OptionalInt.empty(), 21, 25, "A24",
            localPolicy(unverified("Children and Social Work Act 2017 s3; commencement not verified")),
            "The care-leaver ceiling for complaints received before 1 April 2018; none means the lower of careLeaverAgeCeiling and 24."),
    /** How reg. 20's deadlines qualified by "or as soon as is reasonably practicable" count. */
    REASONABLY_PRACTICABLE_DEADLINES(Kind.CHOICE, LocalPolicy.ReasonablyPracticable.TARGET, "A25",
            statute(secondary("SI 2006/1738 reg. 20")),
            "Whether reg. 20's panel report and final response deadlines are targets (slipping needs a reason) or hard.");

    /**
     * The settings removed since the first release, by name: the release that removed each and why.
     * A policy file or a decision record that still names one is reported as a violation saying so,
     * rather than as an unknown name.
     */
    static final Map<String, String> REMOVED = Map.of();

    /** Each setting by its {@link #settingName()}: read once per setting in every policy file. */
    private static final Map<String, PolicySetting> BY_NAME = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(PolicySetting::settingName, setting -> setting));

    /** The kinds of value a setting takes. */
    enum Kind {
        /** A whole number within bounds. */
        NUMBER("a whole number"),
        /** A whole number within bounds, or none. */
        OPTIONAL_NUMBER("a whole number, or none"),
        /** True or false. */
        FLAG("true or false"),
        /** One of the constants of an enum. */
        CHOICE("one of the values listed"),
        /** A set of dates within the calendar's range. */
        DAYS("a list of dates (YYYY-MM-DD)");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        String expected() {
            return expected;
        }
    }

    private final Kind kind;
    private final Object defaultValue;
    private final int minimum;
    private final int maximum;
    private final String reading;
    private final Provision provision;
    private final String description;
    private final String notCheckedBecause;
    private final String settingName;

    PolicySetting(Kind kind, Object defaultValue, String reading, Provision provision, String description) {
        this(kind, defaultValue, 0, 0, reading, provision, description, null);
    }

    PolicySetting(Kind kind, Object defaultValue, String reading, Provision provision, String description,
                  String notCheckedBecause) {
        this(kind, defaultValue, 0, 0, reading, provision, description, notCheckedBecause);
    }

    PolicySetting(Kind kind, Object defaultValue, int minimum, int maximum, String reading, Provision provision,
                  String description) {
        this(kind, defaultValue, minimum, maximum, reading, provision, description, null);
    }

    PolicySetting(Kind kind, Object defaultValue, int minimum, int maximum, String reading, Provision provision,
                  String description, String notCheckedBecause) {
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.minimum = minimum;
        this.maximum = maximum;
        this.reading = reading;
        this.provision = provision;
        this.description = description;
        this.notCheckedBecause = notCheckedBecause;
        this.settingName = camelCase(name());
    }

    /** {@code STAGE_1_CLOCK_START} as {@code stage1ClockStart}: the constant's name is the setting's, written once. */
    private static String camelCase(String constant) {
        StringBuilder name = new StringBuilder();
        for (String part : constant.split("_")) {
            String lower = part.toLowerCase(java.util.Locale.ROOT);
            name.append(name.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return name.toString();
    }

    /**
     * The setting's name as a policy file, a decision record and {@link LocalPolicy#changedSettings}
     * write it, e.g. {@code stage1ClockStart}: also the name of its accessor on {@link LocalPolicy}.
     *
     * @return the name, never null
     */
    public String settingName() {
        return settingName;
    }

    /**
     * The setting called {@code settingName}, if there is one.
     *
     * @param settingName a name as {@link #settingName()} gives it; may be null
     * @return the setting, or empty
     */
    public static Optional<PolicySetting> named(String settingName) {
        return settingName == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(settingName));
    }

    /**
     * The setting in one line, for a council choosing its value.
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * Which of the library's readings of the law (A1-A25) the setting answers, e.g. {@code A3}.
     *
     * @return the reading's code, never null
     */
    public String reading() {
        return reading;
    }

    /**
     * What the setting rests on: the provision whose reading is open, or the practice it follows.
     *
     * @return the provision, never null
     */
    @Override
    public Provision provision() {
        return provision;
    }

    /**
     * The provision a reason or deadline cites when it rests on this setting: the setting itself, a
     * local policy, e.g. {@code LocalPolicy.stage1ClockStart (A3)}.
     *
     * @return the provision, never null
     */
    public Provision citedAs() {
        return localPolicy(unverified("LocalPolicy." + settingName + " (" + reading + ")"));
    }

    /**
     * The default, in the form {@link LocalPolicy#settings()} gives values: a whole number, true or
     * false, an enum constant's name, a list of ISO dates; empty for an optional number with none.
     *
     * @return the default, or empty when the default is none
     */
    public Optional<Object> defaultValue() {
        return Optional.ofNullable(plain(defaultValue));
    }

    /**
     * The smallest value allowed, for a number.
     *
     * @return the minimum, or empty for a setting that is not a number
     */
    public OptionalInt minimum() {
        return isNumber() ? OptionalInt.of(minimum) : OptionalInt.empty();
    }

    /**
     * The largest value allowed, for a number.
     *
     * @return the maximum, or empty for a setting that is not a number
     */
    public OptionalInt maximum() {
        return isNumber() ? OptionalInt.of(maximum) : OptionalInt.empty();
    }

    /**
     * The values a choice may take, in declaration order: an enum's constant names, or {@code true}
     * and {@code false}; empty for a number or a set of dates.
     *
     * @return the values, never null
     */
    public List<String> choices() {
        return switch (kind) {
            case CHOICE -> Arrays.stream(((Enum<?>) defaultValue).getDeclaringClass().getEnumConstants())
                    .map(Enum::name).toList();
            case FLAG -> List.of("true", "false");
            default -> List.of();
        };
    }

    /**
     * What a value of the setting must be, in words, e.g. "a whole number from 0 to 20".
     *
     * @return the expectation, never null
     */
    public String expected() {
        return switch (kind) {
            case NUMBER -> "a whole number from " + minimum + " to " + maximum;
            case OPTIONAL_NUMBER -> "a whole number from " + minimum + " to " + maximum + ", or none";
            case CHOICE -> "one of " + String.join(", ", choices());
            case FLAG -> kind.expected();
            case DAYS -> "a list of dates (YYYY-MM-DD) from " + WorkingDayCalendar.SUPPORTED_FROM + " to "
                    + WorkingDayCalendar.SUPPORTED_TO;
        };
    }

    /**
     * Whether the library uses the setting in an answer. A setting it only records says so, and why,
     * in {@link #notCheckedBecause()}; changing it changes no answer.
     *
     * @return true when some answer depends on the setting
     */
    public boolean isChecked() {
        return notCheckedBecause == null;
    }

    /**
     * Why the library records the setting without checking it, for a setting that is not {@link #isChecked() checked}.
     *
     * @return the reason, or empty for a checked setting
     */
    public Optional<String> notCheckedBecause() {
        return Optional.ofNullable(notCheckedBecause);
    }

    /**
     * The setting's value in {@code policy}, in the form {@link LocalPolicy#settings()} gives it.
     *
     * @param policy a policy; not null
     * @return the value, or empty for an optional number with none
     * @throws NullPointerException if {@code policy} is null
     */
    public Optional<Object> valueIn(LocalPolicy policy) {
        return Optional.ofNullable(plain(policy.value(this)));
    }

    Kind kind() {
        return kind;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER || kind == Kind.OPTIONAL_NUMBER;
    }

    /** The default in its Java form: an Integer, Boolean, enum constant, OptionalInt or set of dates. */
    Object javaDefault() {
        return defaultValue;
    }

    /** The enum a choice takes its values from. */
    Class<?> choiceType() {
        return ((Enum<?>) defaultValue).getDeclaringClass();
    }

    /** A Java value of this setting in its plain form: numbers and flags as they are, names, ISO dates; null for none. */
    private Object plain(Object value) {
        return switch (kind) {
            case NUMBER, FLAG -> value;
            case OPTIONAL_NUMBER -> ((OptionalInt) value).isPresent() ? ((OptionalInt) value).getAsInt() : null;
            case CHOICE -> ((Enum<?>) value).name();
            case DAYS -> ((Set<?>) value).stream().map(day -> ((LocalDate) day).toString()).toList();
        };
    }
}
