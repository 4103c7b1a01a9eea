package org.cscrules.core.policy;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Citation.verified;
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
import org.cscrules.core.law.Timescale;
import org.cscrules.core.request.CareLeaverCategory;
import org.cscrules.core.request.Child;
import org.jspecify.annotations.Nullable;

/**
 * Every setting of a {@link LocalPolicy}, declared once: its name, kind, default (taken from
 * {@link Timescale} where the law gives a length), bounds, the provision it rests on, and a
 * one-line description; its section of the library's legal reference ({@link #lawSectionId()})
 * says what the law leaves open and why the default is what it is. The builder's checks, the policy's JSON form ({@link LocalPolicy#settings()}),
 * {@link LocalPolicy#changedSettings}, the command line's policy file and {@code docs/POLICY.md}
 * all come from this table, so that a setting is added by adding a row here and its typed
 * accessor and builder method in {@link LocalPolicy}.
 *
 * <p>Every setting changes some answer, which a test holds it to: a setting the library could not
 * use would be retired ({@link #retiredSettings()}) rather than kept.
 *
 * <p>Immutable and thread-safe.
 */
public enum PolicySetting implements Cited {

    /** Working days to acknowledge receipt. */
    ACKNOWLEDGEMENT_WORKING_DAYS(Kind.NUMBER, Timescale.T0_ACKNOWLEDGEMENT.length(), 0, 20,
            localPolicy(unverified("{setting-acknowledgement-working-days}; {si2006-reg10}(c)")),
            "Working days the council gives itself to acknowledge a complaint."),
    /** The longest a stage 1 extension may reach: reg. 14's maximum, or a lower cap (never below the ordinary period). */
    STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS(Kind.NUMBER, Timescale.T2_STAGE_1_RESPONSE.extendedMaximum(),
            Timescale.T2_STAGE_1_RESPONSE.length(), Timescale.T2_STAGE_1_RESPONSE.extendedMaximum(),
            localPolicy(secondary("{si2006-reg14}; {setting-stage-1-extension-maximum-working-days}")),
            "The longest a stage 1 extension may reach, in working days from the clock start: "
                    + Timescale.T2_STAGE_1_RESPONSE.extendedMaximum() + ", or a lower cap."),
    /** When stage 1 may be extended. */
    STAGE_1_EXTENSION_CONDITION(Kind.CHOICE, LocalPolicy.Stage1ExtensionCondition.RECORDED_REASON_AND_NOTICE,
            localPolicy(unverified("{setting-stage-1-extension-condition}; {si2006-reg14}")),
            "What a stage 1 extension needs: a recorded reason and notice, complexity, the complainant's agreement, or nothing."),
    /** Where the stage 1 clock starts for a complainant who needs a sufficient-interest decision. */
    STAGE_1_CLOCK_START(Kind.CHOICE, LocalPolicy.Stage1ClockStart.REG_12_DECISION_FOR_DISCRETIONARY_COMPLAINANTS,
            localPolicy(secondary("{si2006-reg14} read with {si2006-reg22}(2)(d); {setting-stage-1-clock-start}")),
            "Whether stage 1 runs from receipt for everyone, or from the reg. 12 decision for a discretionary complainant."),
    /**
     * Working days to ask for stage 2 before a request is late: never fewer than the 20 councils
     * publish, lest a request in time be open to refusal.
     */
    STAGE_2_REQUEST_WINDOW_WORKING_DAYS(Kind.NUMBER, Timescale.T4_STAGE_2_REQUEST.length(), Timescale.T4_STAGE_2_REQUEST.length(),
            Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(),
            localPolicy(unverified("{setting-stage-2-request-window-working-days}; {si2006-reg15}(2)")),
            "Working days after the stage 1 response within which a request for stage 2 is in time."),
    /** Whether the complainant may go to stage 2 when stage 1 is overdue. */
    STAGE_2_WHEN_STAGE_1_OVERDUE(Kind.FLAG, true,
            localPolicy(unverified("{setting-stage-2-when-stage-1-overdue}; {si2006-reg14}, {si2006-reg15}")),
            "Whether a complainant whose stage 1 response is overdue may go straight to stage 2."),
    /** Whether the complainant may ask for a review panel when the stage 2 response is overdue. */
    STAGE_3_WHEN_STAGE_2_OVERDUE(Kind.FLAG, false,
            localPolicy(unverified("{setting-stage-3-when-stage-2-overdue}; {si2006-reg17}, {si2006-reg18}")),
            "Whether a complainant whose stage 2 response is overdue past its maximum may ask for a review panel."),
    /** Where the stage 2 clock starts. */
    STAGE_2_CLOCK_START(Kind.CHOICE, LocalPolicy.Stage2ClockStart.REQUEST,
            localPolicy(secondary("{setting-stage-2-clock-start}; {lgsco-25-010-090}; {lgsco-24-002-249}")),
            "Whether stage 2 runs from the request, or from the agreed statement of complaint (both are recorded)."),
    /** A separate target for the council's adjudication after the investigation report, or none. */
    ADJUDICATION_TARGET_WORKING_DAYS(Kind.OPTIONAL_NUMBER, OptionalInt.empty(), 1,
            Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(),
            localPolicy(unverified("{setting-adjudication-target-working-days}; {si2006-reg17}")),
            "A separate target, in working days after the investigation report, for the council's adjudication; none by default."),
    /** Whether reg. 17's 65 working days are a hard maximum. */
    STAGE_2_MAXIMUM_IS_HARD_CAP(Kind.FLAG, true, localPolicy(secondary("{si2006-reg17}; {setting-stage-2-maximum-is-hard-cap}")),
            "Whether " + Timescale.T6_STAGE_2_RESPONSE.extendedMaximum()
                    + " working days at stage 2 is a hard maximum (refused beyond it) or a target (flagged)."),
    /**
     * Working days to ask for a review panel before a request is late: never fewer than the 20
     * every published procedure gives, lest a request in time be open to refusal.
     */
    STAGE_3_REQUEST_WINDOW_WORKING_DAYS(Kind.NUMBER, Timescale.T8_STAGE_3_REQUEST.length(), Timescale.T8_STAGE_3_REQUEST.length(),
            Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(),
            localPolicy(unverified("{setting-stage-3-request-window-working-days}; {si2006-reg18}")),
            "Working days after the stage 2 response within which a request for a review panel is in time."),
    /** Working days after posting that a response counts as received. */
    DEEMED_RECEIPT_BY_POST_WORKING_DAYS(Kind.NUMBER, 2, 0, 10,
            localPolicy(unverified("{setting-deemed-receipt-by-post-working-days}; {si2006-reg14}")),
            "Working days after posting that a stage 1 or stage 2 response counts as received."),
    /** Working days after sending that an email counts as received. */
    DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS(Kind.NUMBER, 0, 0, 10,
            localPolicy(unverified("{setting-deemed-receipt-by-email-working-days}; {si2006-reg14}")),
            "Working days after sending that a stage 1 or stage 2 response by email counts as received."),
    /** Whether to compute the final response from the panel too (panel + report + response periods). */
    FINAL_RESPONSE_ALSO_FROM_PANEL(Kind.FLAG, true,
            localPolicy(secondary("{setting-final-response-also-from-panel}; {si2006-reg20}(3)")),
            "Whether the final response is also counted from the panel meeting, as a second reading."),
    /** Council closure days to count as non-working. */
    CLOSURE_DAYS(Kind.DAYS, Set.of(), localPolicy(verified("{si2006-reg2}; {setting-closure-days}")),
            "Days the council's offices close, counted as non-working days although reg. 2 does not exclude them."),
    /**
     * Bank holidays proclaimed after the calendar's official data ends: statute, not a choice, for
     * the proclamation a release cannot yet know of.
     */
    PROCLAIMED_BANK_HOLIDAYS(Kind.DAYS, Set.of(), statute(verified("{si2006-reg2}; {setting-proclaimed-bank-holidays}")),
            "Bank holidays proclaimed under the Banking and Financial Dealings Act 1971 after the last day of the "
                    + "calendar's official data; they are not working days under reg. 2."),
    /** Whether the day a clock starts counts as its first day. */
    COUNT_TRIGGER_DAY(Kind.FLAG, false, localPolicy(unverified("{setting-count-trigger-day}; {si2006-reg2}")),
            "Whether the day that starts a clock counts as its first working day."),
    /** What starts the one-year time limit. */
    TIME_LIMIT_TRIGGER(Kind.CHOICE, LocalPolicy.TimeLimitTrigger.GROUNDS_AROSE,
            localPolicy(secondary("{si2006-reg9}; {setting-time-limit-trigger}")),
            "Whether the one-year time limit runs from the grounds arising, or from the later of that and the complainant learning of them."),
    /** Whether a late complaint carries a presumption in favour of accepting it. */
    LATE_COMPLAINT_PRESUMPTION(Kind.FLAG, true, localPolicy(secondary("{gbc-late-complaints}; {setting-late-complaint-presumption}")),
            "Whether the council's decision on a late complaint starts from a presumption in favour of accepting it."),
    /** Whether oral complaints resolved by the next working day are excluded. */
    NEXT_WORKING_DAY_RESOLUTION_EXCLUDED(Kind.FLAG, false,
            localPolicy(unverified("{setting-next-working-day-resolution-excluded}; {si2009-reg8}(1)(c)")),
            "Whether an oral complaint resolved by the next working day is left out of the procedure."),
    /** Whether the adult regulations' repeat-complaint exclusions are applied. */
    ADULT_REPEAT_EXCLUSIONS_APPLIED(Kind.FLAG, false,
            localPolicy(unverified("{setting-adult-repeat-exclusions-applied}; {si2009-reg8}(1)(e), (f)")),
            "Whether a matter already considered, or investigated by the Ombudsman, needs the council's decision to go on."),
    /** Whether the council may decide requests for the next stage. */
    GATEKEEPING(Kind.CHOICE, LocalPolicy.Gatekeeping.NONE,
            localPolicy(secondary("{setting-gatekeeping}; {lgsco-21-016-388}; {lgsco-22-008-976}; {lgsco-18-000-071}")),
            "Whether the council must decide each request for stage 2 or 3 (the Ombudsman disapproves): none by default."),
    /** Whether carers from independent fostering agencies count as local authority foster parents. */
    INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS(Kind.FLAG, true,
            localPolicy(unverified("{setting-independent-fostering-agency-carers-are-foster-parents}; {ca1989-s26}(3)(d)")),
            "Whether a carer from an independent fostering agency of a child the council placed complains as a foster parent."),
    /** What the child's consent means for a complaint made on their behalf. */
    CHILD_CONSENT(Kind.CHOICE, LocalPolicy.ChildConsent.RECORD_VIEWS,
            localPolicy(unverified("{gbc-representatives}; {setting-child-consent}")),
            "Whether a complaint on a child's behalf needs the child's consent: never (views recorded), from an age, if of sufficient understanding, or always."),
    /** The age from which the child's consent is required, with {@code REQUIRED_FROM_AGE} only. */
    CHILD_CONSENT_AGE(Kind.OPTIONAL_NUMBER, OptionalInt.empty(), 1, 17,
            localPolicy(unverified("{setting-child-consent-age}; {gbc-representatives}")),
            "The age from which the child's consent is required, when childConsent is REQUIRED_FROM_AGE (and only then)."),
    /** A representative of a child whose views cannot be obtained. */
    REPRESENTATIVE_WITHOUT_CHILDS_VIEWS(Kind.CHOICE, LocalPolicy.RepresentativeWithoutChildsViews.ACCEPT,
            localPolicy(unverified("{setting-representative-without-childs-views}; {gbc-representatives}")),
            "Whether a suitable representative of a child whose views cannot be obtained may act, or only once best interests are confirmed."),
    /** What the council does when considering a complaint might prejudice concurrent proceedings. */
    CONCURRENT_PROCEEDINGS(Kind.CHOICE, LocalPolicy.ConcurrentProceedings.SUSPEND_WITH_WRITTEN_REASON,
            localPolicy(secondary("{si2006-reg8}; {setting-concurrent-proceedings}")),
            "Whether a complaint that might prejudice concurrent proceedings is suspended or declined, with a written reason."),
    /** Whether public-law social work reports to court are within the procedure. */
    PUBLIC_LAW_COURT_REPORTS_IN_SCOPE(Kind.FLAG, true,
            localPolicy(unverified("{gbc-court-reports}; {setting-public-law-court-reports-in-scope}")),
            "Whether complaints about the council's public-law reports to court go through the procedure."),
    /** Whether s7 and s37 private-law reports are within the procedure. */
    PRIVATE_LAW_COURT_REPORTS_IN_SCOPE(Kind.FLAG, false,
            localPolicy(secondary("{setting-private-law-court-reports-in-scope}; {lgsco-fact-sheet}")),
            "Whether complaints about the council's s7 and s37 reports to court go through the procedure."),
    /**
     * The oldest a care leaver may be for the council to hear their complaint under its own local
     * offer once every statutory category has ended (from 25), or none: a council may extend, never
     * narrow, the statute's ages ({@link CareLeaverCategory}), and only by its own procedure.
     */
    CARE_LEAVER_LOCAL_OFFER_AGE_CEILING(Kind.OPTIONAL_NUMBER, OptionalInt.empty(), CareLeaverCategory.latestEnd(), Child.MAX_AGE,
            localPolicy(secondary("{setting-care-leaver-local-offer-age-ceiling}; {ca1989-s24d}")),
            "The oldest a care leaver may be, in whole years and inclusive, to complain under the council's own local offer once "
                    + "every statutory category has ended (from " + CareLeaverCategory.latestEnd() + "), by its own procedure; none by default."),
    /** How reg. 20's deadlines qualified by "or as soon as is reasonably practicable" count. */
    REASONABLY_PRACTICABLE_DEADLINES(Kind.CHOICE, LocalPolicy.ReasonablyPracticable.TARGET,
            localPolicy(secondary("{si2006-reg20}; {setting-reasonably-practicable-deadlines}")),
            "Whether reg. 20's panel report and final response deadlines are targets (slipping needs a reason) or hard.");

    /**
     * The settings removed since the first release, by name: the release that removed each and why.
     * A policy file or a decision record that still names one is reported as a violation saying so,
     * rather than as an unknown name.
     */
    static final Map<String, String> REMOVED = Map.of();

    /**
     * The settings retired since the first release, by name: why each went. Unlike a removed
     * setting, a retired one is still read from a policy file or a decision record written before,
     * and changes no answer, because the law it stood for is now the library's, not the council's.
     */
    static final Map<String, String> RETIRED = Map.of(
            "careLeaverAgeCeiling", "retired in 0.2.0: each care-leaver category ends at the age the statute gives it "
                    + "(CareLeaverCategory); a council may extend it by careLeaverLocalOfferAgeCeiling",
            "careLeaverAgeCeilingBefore2018", "retired in 0.2.0: the categories' ages did not change in 2018 (CareLeaverCategory)",
            "timeLimitPausedByProceedings", "retired in 0.2.0: the one-year time limit (reg. 9) runs before a complaint is made, "
                    + "so no suspension of its consideration can pause it; proceedings that delayed a complaint are among the "
                    + "reasons the council weighs in deciding to accept it late (reg. 9(2)), and a suspension under reg. 8 "
                    + "now pauses the council's own deadlines (CONSIDERATION_SUSPENDED)");

    /**
     * The settings retired since the first release, whose law the library now applies itself: a
     * policy file or decision record naming one still reads, and the value changes nothing.
     *
     * @return why each went, by setting name; never null, unmodifiable
     */
    public static Map<String, String> retiredSettings() {
        return RETIRED;
    }

    /** Each setting by its {@link #settingName()}: read once per setting in every policy file. */
    private static final Map<String, PolicySetting> BY_NAME = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(PolicySetting::settingName, setting -> setting));

    /** The kinds of value a setting takes: what a configuration binder reads each setting as. */
    public enum Kind {
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

        /**
         * The kind in words, e.g. "true or false".
         *
         * @return the words; never null
         */
        public String expected() {
            return expected;
        }
    }

    private final Kind kind;
    private final Object defaultValue;
    private final int minimum;
    private final int maximum;
    private final Provision provision;
    private final String description;
    private final String settingName;
    private final String lawSectionId;
    private final Provision citedAs;

    PolicySetting(Kind kind, Object defaultValue, Provision provision, String description) {
        this(kind, defaultValue, 0, 0, provision, description);
    }

    PolicySetting(Kind kind, Object defaultValue, int minimum, int maximum, Provision provision,
                  String description) {
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.minimum = minimum;
        this.maximum = maximum;
        this.provision = provision;
        this.description = description;
        this.settingName = camelCase(name());
        this.lawSectionId = "setting-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        this.citedAs = localPolicy(unverified("{" + lawSectionId + "}"));
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
     * @param settingName a name as {@link #settingName()} gives it, or null
     * @return the setting, or empty if there is none of that name or {@code settingName} is null;
     *     never null
     */
    public static Optional<PolicySetting> named(@Nullable String settingName) {
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
     * The id of the setting's section in the library's legal reference ({@code docs/LAW.md}, in
     * the jar): the question the law leaves open, councils' practice, and why the default is what
     * it is. The constant's name in lower case with hyphens, after {@code setting-}: {@code
     * setting-stage-1-clock-start}.
     *
     * @return the id, never null
     */
    public String lawSectionId() {
        return lawSectionId;
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
     * local policy, cited as {@code LocalPolicy.stage1ClockStart} and resting on its section of the
     * legal reference ({@link #lawSectionId()}).
     *
     * @return the provision, never null
     */
    public Provision citedAs() {
        return citedAs;
    }

    /**
     * The default, in the form {@link LocalPolicy#settings()} gives values: a whole number, true or
     * false, an enum constant's name, a list of ISO dates; empty for an optional number with none.
     *
     * @return the default, or empty when the default is none; never null
     */
    public Optional<Object> defaultValue() {
        return Optional.ofNullable(plain(defaultValue));
    }

    /**
     * The smallest value allowed, for a number.
     *
     * @return the minimum, inclusive, or empty for a setting that is not a number; never null
     */
    public OptionalInt minimum() {
        return isNumber() ? OptionalInt.of(minimum) : OptionalInt.empty();
    }

    /**
     * The largest value allowed, for a number.
     *
     * @return the maximum, inclusive, or empty for a setting that is not a number; never null
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
            case DAYS -> this == PROCLAIMED_BANK_HOLIDAYS
                    ? "a list of weekdays (YYYY-MM-DD) after " + WorkingDayCalendar.englandAndWales().officialDataUntil()
                            + ", the last day of the official bank-holiday data, to " + WorkingDayCalendar.SUPPORTED_TO
                            + ", none already a non-working day"
                    : "a list of dates (YYYY-MM-DD) from " + WorkingDayCalendar.SUPPORTED_FROM + " to "
                            + WorkingDayCalendar.SUPPORTED_TO;
        };
    }

    /**
     * The setting's value in {@code policy}, in the form {@link LocalPolicy#settings()} gives it.
     *
     * @param policy a policy; not null
     * @return the value, or empty for an optional number with none; never null
     * @throws NullPointerException if {@code policy} is null
     */
    public Optional<Object> valueIn(LocalPolicy policy) {
        return Optional.ofNullable(plain(policy.value(this)));
    }

    /**
     * The kind of value the setting takes, for a configuration binder (the Spring Boot starter binds
     * each setting from its properties by kind).
     *
     * @return the kind; never null
     */
    public Kind kind() {
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
    private @Nullable Object plain(Object value) {
        return switch (kind) {
            case NUMBER, FLAG -> value;
            case OPTIONAL_NUMBER -> ((OptionalInt) value).isPresent() ? ((OptionalInt) value).getAsInt() : null;
            case CHOICE -> ((Enum<?>) value).name();
            case DAYS -> ((Set<?>) value).stream().map(day -> (LocalDate) day).sorted().map(LocalDate::toString).toList();
        };
    }
}
