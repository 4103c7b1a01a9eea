package org.cscrules.core.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.validation.InvalidRequestException;
import org.cscrules.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A council's settings for every point where the law is silent, unclear or read differently, each
 * with the statutory (or suggested) default of {@link #statutoryDefaults()}. Every reason and
 * deadline that rests on a setting says so. The settings are declared once, in {@link
 * PolicySetting}: name, kind, default, bounds and the provision it rests on; {@code
 * docs/POLICY.md} lists them, and each has a section of the legal reference ({@code docs/LAW.md})
 * saying what the law leaves open and why the default is what it is.
 *
 * <p>Build one with {@link #builder()}, with the typed setters or, from a policy file, with {@link
 * Builder#settings(Map)}; every problem is reported at once by {@link Builder#build()}. {@link
 * #settings()} gives the policy back in the same form.
 *
 * <p>The panel's 30 working days (reg. 19(4)) are statute and have no setting; whether the
 * investigating officer is internal or external changes no result the library computes, and has
 * none either.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalPolicy {

    /** Each setting's value in its Java form, by {@link PolicySetting#ordinal()}. */
    private final Object[] values;
    /** {@link #fingerprint()}, worked out once: the values never change, and a race only works it out twice. */
    private volatile @Nullable String fingerprint;
    /** The name a proclaimed bank holiday of the policy has in the calendar. */
    private static final String PROCLAIMED_NAME = "Bank holiday (proclaimed; LocalPolicy.proclaimedBankHolidays)";
    /** The calendars, made on first use (a benign race: any thread makes an equal one). */
    private volatile @Nullable WorkingDayCalendar calendar;
    private volatile @Nullable WorkingDayCalendar statutoryCalendar;

    private LocalPolicy(Object[] values) {
        this.values = values;
    }

    /**
     * The statutory (or, where there is no statute, the suggested) default of every setting.
     *
     * @return the defaults, never null
     */
    public static LocalPolicy statutoryDefaults() {
        return Defaults.INSTANCE;
    }

    /** Built on first use, after {@link PolicySetting}'s table. */
    private static final class Defaults {
        static final LocalPolicy INSTANCE = new Builder().build();
    }

    /**
     * A builder starting from {@link #statutoryDefaults()}.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this policy.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder(values);
    }

    /** A setting's value in its Java form. */
    Object value(PolicySetting setting) {
        return values[setting.ordinal()];
    }

    private int number(PolicySetting setting) {
        return (Integer) value(setting);
    }

    private boolean flag(PolicySetting setting) {
        return (Boolean) value(setting);
    }

    private <E extends Enum<E>> E choice(PolicySetting setting, Class<E> type) {
        return type.cast(value(setting));
    }

    /**
     * The working days the council gives itself to acknowledge a complaint
     * ({@link PolicySetting#ACKNOWLEDGEMENT_WORKING_DAYS}).
     *
     * @return the working days, from 0 to 20
     */
    public int acknowledgementWorkingDays() {
        return number(PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS);
    }

    /**
     * The longest a stage 1 extension may reach, counted from the stage 1 clock start: reg. 14's
     * maximum, or the council's lower cap
     * ({@link PolicySetting#STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS}).
     *
     * @return the working days, from 10 to 20
     */
    public int stage1ExtensionMaximumWorkingDays() {
        return number(PolicySetting.STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS);
    }

    /**
     * What a stage 1 extension needs ({@link PolicySetting#STAGE_1_EXTENSION_CONDITION}).
     *
     * @return the condition, never null
     */
    public Stage1ExtensionCondition stage1ExtensionCondition() {
        return choice(PolicySetting.STAGE_1_EXTENSION_CONDITION, Stage1ExtensionCondition.class);
    }

    /**
     * Where the stage 1 clock starts for a complainant who needs a sufficient-interest decision
     * ({@link PolicySetting#STAGE_1_CLOCK_START}).
     *
     * @return the clock start, never null
     */
    public Stage1ClockStart stage1ClockStart() {
        return choice(PolicySetting.STAGE_1_CLOCK_START, Stage1ClockStart.class);
    }

    /**
     * The working days after the stage 1 response within which a request for stage 2 is in time
     * ({@link PolicySetting#STAGE_2_REQUEST_WINDOW_WORKING_DAYS}).
     *
     * @return the working days, at least 20
     */
    public int stage2RequestWindowWorkingDays() {
        return number(PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS);
    }

    /**
     * Whether a complainant whose stage 2 response is overdue past its maximum may ask for a review
     * panel ({@link PolicySetting#STAGE_3_WHEN_STAGE_2_OVERDUE}).
     *
     * @return true if they may
     */
    public boolean stage3WhenStage2Overdue() {
        return flag(PolicySetting.STAGE_3_WHEN_STAGE_2_OVERDUE);
    }

    /**
     * Whether a complainant whose stage 1 response is overdue may go straight to stage 2
     * ({@link PolicySetting#STAGE_2_WHEN_STAGE_1_OVERDUE}).
     *
     * @return true if they may
     */
    public boolean stage2WhenStage1Overdue() {
        return flag(PolicySetting.STAGE_2_WHEN_STAGE_1_OVERDUE);
    }

    /**
     * Where the stage 2 clock starts: the request, or the agreed statement of complaint
     * ({@link PolicySetting#STAGE_2_CLOCK_START}).
     *
     * @return the clock start, never null
     */
    public Stage2ClockStart stage2ClockStart() {
        return choice(PolicySetting.STAGE_2_CLOCK_START, Stage2ClockStart.class);
    }

    /**
     * A separate target for the council's adjudication after the investigation report
     * ({@link PolicySetting#ADJUDICATION_TARGET_WORKING_DAYS}).
     *
     * @return the target in working days after the report, or empty for none; never null
     */
    public OptionalInt adjudicationTargetWorkingDays() {
        return (OptionalInt) value(PolicySetting.ADJUDICATION_TARGET_WORKING_DAYS);
    }

    /**
     * Whether reg. 17's 65 working days at stage 2 are a hard maximum (refused beyond it) or a target
     * (flagged) ({@link PolicySetting#STAGE_2_MAXIMUM_IS_HARD_CAP}).
     *
     * @return true for a hard maximum
     */
    public boolean stage2MaximumIsHardCap() {
        return flag(PolicySetting.STAGE_2_MAXIMUM_IS_HARD_CAP);
    }

    /**
     * The working days after the stage 2 response within which a request for a review panel is in time
     * ({@link PolicySetting#STAGE_3_REQUEST_WINDOW_WORKING_DAYS}).
     *
     * @return the working days, at least 20
     */
    public int stage3RequestWindowWorkingDays() {
        return number(PolicySetting.STAGE_3_REQUEST_WINDOW_WORKING_DAYS);
    }

    /**
     * The working days after posting that a stage 1 or stage 2 response counts as received
     * ({@link PolicySetting#DEEMED_RECEIPT_BY_POST_WORKING_DAYS}).
     *
     * @return the working days, from 0 to 10
     */
    public int deemedReceiptByPostWorkingDays() {
        return number(PolicySetting.DEEMED_RECEIPT_BY_POST_WORKING_DAYS);
    }

    /**
     * The working days after sending that a stage 1 or stage 2 response by email counts as received
     * ({@link PolicySetting#DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS}).
     *
     * @return the working days, from 0 to 10
     */
    public int deemedReceiptByEmailWorkingDays() {
        return number(PolicySetting.DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS);
    }

    /**
     * Whether the final response is also counted from the panel meeting, as a second reading
     * ({@link PolicySetting#FINAL_RESPONSE_ALSO_FROM_PANEL}).
     *
     * @return true if it is
     */
    public boolean finalResponseAlsoFromPanel() {
        return flag(PolicySetting.FINAL_RESPONSE_ALSO_FROM_PANEL);
    }

    /**
     * The days the council's offices close, counted as non-working days although reg. 2 does not exclude
     * them ({@link PolicySetting#CLOSURE_DAYS}).
     *
     * @return the days, unmodifiable and sorted; never null, empty for none
     */
    @SuppressWarnings("unchecked")
    public Set<LocalDate> closureDays() {
        return (Set<LocalDate>) value(PolicySetting.CLOSURE_DAYS);
    }

    /**
     * The bank holidays proclaimed after the last day of the calendar's official data, which are not
     * working days under reg. 2 ({@link PolicySetting#PROCLAIMED_BANK_HOLIDAYS}).
     *
     * @return the days, unmodifiable and sorted; never null, empty for none
     */
    @SuppressWarnings("unchecked")
    public Set<LocalDate> proclaimedBankHolidays() {
        return (Set<LocalDate>) value(PolicySetting.PROCLAIMED_BANK_HOLIDAYS);
    }

    /**
     * The working-day calendar every deadline under this policy counts on: {@link
     * #statutoryCalendar()} with the {@linkplain #closureDays() closure days} as non-working days too.
     *
     * @return the calendar; never null
     */
    public WorkingDayCalendar calendar() {
        WorkingDayCalendar known = calendar;
        if (known == null) {
            known = statutoryCalendar().withClosures(closureDays());
            calendar = known;
        }
        return known;
    }

    /**
     * The calendar of reg. 2 alone: England and Wales's bank holidays with the {@linkplain
     * #proclaimedBankHolidays() proclaimed bank holidays}, and no closure day. A deadline that the
     * closure days move from its date on this calendar rests on the council's setting.
     *
     * @return the calendar; never null
     */
    public WorkingDayCalendar statutoryCalendar() {
        WorkingDayCalendar known = statutoryCalendar;
        if (known == null) {
            WorkingDayCalendar.Builder builder = WorkingDayCalendar.englandAndWales().toBuilder();
            proclaimedBankHolidays().forEach(day -> builder.proclaimedBankHoliday(day, PROCLAIMED_NAME));
            known = builder.build();
            statutoryCalendar = known;
        }
        return known;
    }

    /**
     * Whether the day that starts a clock counts as its first working day
     * ({@link PolicySetting#COUNT_TRIGGER_DAY}).
     *
     * @return true if it counts
     */
    public boolean countTriggerDay() {
        return flag(PolicySetting.COUNT_TRIGGER_DAY);
    }

    /**
     * What starts the one-year time limit of reg. 9 ({@link PolicySetting#TIME_LIMIT_TRIGGER}).
     *
     * @return the trigger, never null
     */
    public TimeLimitTrigger timeLimitTrigger() {
        return choice(PolicySetting.TIME_LIMIT_TRIGGER, TimeLimitTrigger.class);
    }

    /**
     * Whether the council's decision on a late complaint starts from a presumption in favour of
     * accepting it ({@link PolicySetting#LATE_COMPLAINT_PRESUMPTION}).
     *
     * @return true if it does
     */
    public boolean lateComplaintPresumption() {
        return flag(PolicySetting.LATE_COMPLAINT_PRESUMPTION);
    }

    /**
     * Whether an oral complaint resolved by the next working day is left out of the procedure
     * ({@link PolicySetting#NEXT_WORKING_DAY_RESOLUTION_EXCLUDED}).
     *
     * @return true if it is left out
     */
    public boolean nextWorkingDayResolutionExcluded() {
        return flag(PolicySetting.NEXT_WORKING_DAY_RESOLUTION_EXCLUDED);
    }

    /**
     * Whether the adult regulations' repeat-complaint exclusions are applied: a matter already
     * considered, or investigated by the Ombudsman, needs the council's decision to go on
     * ({@link PolicySetting#ADULT_REPEAT_EXCLUSIONS_APPLIED}).
     *
     * @return true if they are applied
     */
    public boolean adultRepeatExclusionsApplied() {
        return flag(PolicySetting.ADULT_REPEAT_EXCLUSIONS_APPLIED);
    }

    /**
     * Whether the council may decide requests for stage 2 or 3 ({@link PolicySetting#GATEKEEPING}).
     *
     * @return the gatekeeping, never null
     */
    public Gatekeeping gatekeeping() {
        return choice(PolicySetting.GATEKEEPING, Gatekeeping.class);
    }

    /**
     * Whether a carer from an independent fostering agency, of a child the council placed, complains as
     * a local authority foster parent
     * ({@link PolicySetting#INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS}).
     *
     * @return true if they do
     */
    public boolean independentFosteringAgencyCarersAreFosterParents() {
        return flag(PolicySetting.INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS);
    }

    /**
     * What the child's consent means for a complaint made on their behalf
     * ({@link PolicySetting#CHILD_CONSENT}).
     *
     * @return the rule, never null
     */
    public ChildConsent childConsent() {
        return choice(PolicySetting.CHILD_CONSENT, ChildConsent.class);
    }

    /**
     * The age from which the child's consent is required ({@link PolicySetting#CHILD_CONSENT_AGE}).
     *
     * @return the age in whole years, present exactly when consent is required from an age
     *     ({@link ChildConsent#REQUIRED_FROM_AGE}); never null
     */
    public OptionalInt childConsentAge() {
        return (OptionalInt) value(PolicySetting.CHILD_CONSENT_AGE);
    }

    /**
     * Whether a suitable representative of a child whose views cannot be obtained may act, or only once
     * the council confirms they act in the child's best interests
     * ({@link PolicySetting#REPRESENTATIVE_WITHOUT_CHILDS_VIEWS}).
     *
     * @return the rule, never null
     */
    public RepresentativeWithoutChildsViews representativeWithoutChildsViews() {
        return choice(PolicySetting.REPRESENTATIVE_WITHOUT_CHILDS_VIEWS, RepresentativeWithoutChildsViews.class);
    }

    /**
     * What the council does when considering a complaint might prejudice concurrent proceedings (reg. 8)
     * ({@link PolicySetting#CONCURRENT_PROCEEDINGS}).
     *
     * @return suspend or decline, never null
     */
    public ConcurrentProceedings concurrentProceedings() {
        return choice(PolicySetting.CONCURRENT_PROCEEDINGS, ConcurrentProceedings.class);
    }

    /**
     * Whether complaints about the council's public-law reports to court go through the procedure
     * ({@link PolicySetting#PUBLIC_LAW_COURT_REPORTS_IN_SCOPE}).
     *
     * @return true if they do
     */
    public boolean publicLawCourtReportsInScope() {
        return flag(PolicySetting.PUBLIC_LAW_COURT_REPORTS_IN_SCOPE);
    }

    /**
     * Whether complaints about the council's s7 and s37 reports to court go through the procedure
     * ({@link PolicySetting#PRIVATE_LAW_COURT_REPORTS_IN_SCOPE}).
     *
     * @return true if they do
     */
    public boolean privateLawCourtReportsInScope() {
        return flag(PolicySetting.PRIVATE_LAW_COURT_REPORTS_IN_SCOPE);
    }

    /**
     * The oldest a care leaver may be to complain under the council's own local offer, once every
     * statutory category has ended ({@link PolicySetting#CARE_LEAVER_LOCAL_OFFER_AGE_CEILING}).
     *
     * @return the age in whole years, inclusive, from 25 to {@link org.cscrules.core.request.Child#MAX_AGE},
     *     or empty for none; never null
     */
    public OptionalInt careLeaverLocalOfferAgeCeiling() {
        return (OptionalInt) value(PolicySetting.CARE_LEAVER_LOCAL_OFFER_AGE_CEILING);
    }

    /**
     * How reg. 20's deadlines qualified by "or as soon as is reasonably practicable" count: targets, or
     * hard ({@link PolicySetting#REASONABLY_PRACTICABLE_DEADLINES}).
     *
     * @return the reading, never null
     */
    public ReasonablyPracticable reasonablyPracticableDeadlines() {
        return choice(PolicySetting.REASONABLY_PRACTICABLE_DEADLINES, ReasonablyPracticable.class);
    }

    /**
     * Every setting by name, in {@link PolicySetting} order, as a policy file or a decision record
     * writes it: whole numbers, true or false, an enum constant's name, a list of ISO dates; an
     * optional number with none is left out. {@link Builder#settings(Map)} reads it back. A Jackson
     * mapper writes a policy as this map, and reads one back from it (settings left out keeping
     * their defaults).
     *
     * @return an unmodifiable map, never null
     */
    @JsonValue
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (PolicySetting setting : PolicySetting.values()) {
            setting.valueIn(this).ifPresent(value -> settings.put(setting.settingName(), value));
        }
        return java.util.Collections.unmodifiableMap(settings);
    }

    /**
     * What a Jackson mapper reads a policy from: its settings by name ({@link #settings()}), the
     * others keeping their statutory defaults.
     *
     * @throws InvalidRequestException listing every setting that is not valid
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static LocalPolicy fromSettings(Map<String, @Nullable Object> settings) {
        return builder().settings(settings).build();
    }

    /**
     * The names of the settings whose values differ in {@code other}, in {@link PolicySetting}
     * order: what a recalculation or a replay reports as changed.
     *
     * @param other another policy; not null
     * @return the names, never null; empty when the policies are equal
     * @throws IllegalArgumentException if {@code other} is null
     */
    public List<String> changedSettings(LocalPolicy other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        return Arrays.stream(PolicySetting.values())
                .filter(setting -> !Objects.equals(value(setting), other.value(setting)))
                .map(PolicySetting::settingName)
                .toList();
    }

    /**
     * Whether {@code other} is a policy with the same value for every setting.
     *
     * @param other any object, or null
     * @return true when {@code other} is a policy and every setting is equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LocalPolicy policy && Arrays.equals(values, policy.values);
    }

    /**
     * A hash of every setting, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /**
     * A fingerprint of the settings that differ from the statutory defaults: {@code "sha256:"} and
     * the first 16 hex digits of the SHA-256 of each such setting's name and value, in {@link
     * PolicySetting} order (closure days sorted). A complaint's {@code DeadlineBasis} carries it,
     * so that a policy edited in a stored state is found out. A setting added by a later release at
     * its default leaves it unchanged.
     *
     * @return the fingerprint, never null
     */
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            LocalPolicy defaults = statutoryDefaults();
            StringBuilder text = new StringBuilder();
            for (PolicySetting setting : PolicySetting.values()) {
                if (!Objects.equals(value(setting), defaults.value(setting))) {
                    Object plain = setting.valueIn(this).orElse(null);
                    text.append(setting.settingName()).append('=').append(plain instanceof List<?> days
                            ? days.stream().map(String::valueOf).sorted().toList() : plain).append('\n');
                }
            }
            try {
                byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                known = "sha256:" + java.util.HexFormat.of().formatHex(hash, 0, 8);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java platform has SHA-256", e);
            }
            fingerprint = known;
        }
        return known;
    }

    /**
     * The settings that differ from the statutory defaults, by name, for logs and messages.
     *
     * @return the text, e.g. {@code LocalPolicy[gatekeeping=NONE]}; never null
     */
    @Override
    public String toString() {
        LocalPolicy defaults = statutoryDefaults();
        return Arrays.stream(PolicySetting.values())
                .filter(setting -> !Objects.equals(value(setting), defaults.value(setting)))
                .map(setting -> setting.settingName() + "=" + setting.valueIn(this).map(String::valueOf).orElse("none"))
                .collect(Collectors.joining(", ", "LocalPolicy[", "]"));
    }

    /** When stage 1 may be extended from 10 to at most 20 working days. */
    public enum Stage1ExtensionCondition {
        /** Any extension, with a recorded reason and notice to the complainant (suggested default). */
        RECORDED_REASON_AND_NOTICE,
        /** Only for a complex complaint (Cheshire West and Chester's annual report for 2016-17). */
        COMPLEXITY,
        /** Only with the complainant's agreement (Family Rights Group). */
        COMPLAINANT_AGREEMENT,
        /** Automatically, where necessary (Harrow's annual report for 2017/18). */
        AUTOMATIC
    }

    /** Where the stage 1 clock starts. */
    public enum Stage1ClockStart {
        /** Receipt of the complaint, for every complainant. */
        RECEIPT,
        /** Receipt, except for discretionary complainants: their reg. 12 decision (default). */
        REG_12_DECISION_FOR_DISCRETIONARY_COMPLAINANTS
    }

    /** Where the stage 2 clock starts. */
    public enum Stage2ClockStart {
        /** The request for stage 2 (default; LGSCO). */
        REQUEST,
        /** Agreement of the statement of complaint (reg. 16 record). */
        STATEMENT_OF_COMPLAINT_AGREED
    }

    /** When the one-year time limit starts. */
    public enum TimeLimitTrigger {
        /** When the grounds arose (reg. 9; default). */
        GROUNDS_AROSE,
        /** The later of when the grounds arose and when the complainant learned of them (adult regulations). */
        LATER_OF_GROUNDS_AND_KNOWLEDGE
    }

    /** Whether the council may refuse a request to go to stage 2 or 3. */
    public enum Gatekeeping {
        /** No gatekeeping: the complainant has the right to the next stage (default). */
        NONE,
        /** A recorded, reasoned refusal only on reg. 8, reg. 9 or eligibility grounds. */
        REASONED_REFUSAL_ON_STATUTORY_GROUNDS,
        /** The council decides whether it is "appropriate" (as some councils publish; the Ombudsman disapproves). */
        COUNCIL_DISCRETION
    }

    /** What the child's consent means for a complaint made on their behalf. */
    public enum ChildConsent {
        /** Record the child's views; no hard block (default; the statutory guidance's "where possible"). */
        RECORD_VIEWS,
        /** Consent required from {@code childConsentAge} (e.g. 13, Thurrock). */
        REQUIRED_FROM_AGE,
        /** Consent required from a child of sufficient understanding ("old enough", Cheshire West and Chester's annual report for 2016-17). */
        REQUIRED_IF_SUFFICIENT_UNDERSTANDING,
        /** Consent always required where it can be obtained (Cheshire West and Chester's equality analysis of 2017). */
        ALWAYS_REQUIRED
    }

    /** A representative acting for a child whose views cannot be obtained. */
    public enum RepresentativeWithoutChildsViews {
        /** Accept, subject to the council's suitability decision (default). */
        ACCEPT,
        /** Accept only if the council is satisfied the representative acts in the child's best interests (as Cheshire West and Chester's procedure does). */
        ACCEPT_IF_BEST_INTERESTS_CONFIRMED
    }

    /** What to do when considering the complaint might prejudice concurrent proceedings (reg. 8). */
    public enum ConcurrentProceedings {
        /** Suspend until the proceedings end, with a written reason (default). */
        SUSPEND_WITH_WRITTEN_REASON,
        /** Decline to consider, in whole or part, with a written reason. */
        DECLINE_WITH_WRITTEN_REASON
    }

    /** How to treat deadlines qualified by "or as soon as is reasonably practicable" (reg. 20). */
    public enum ReasonablyPracticable {
        /** A target; slipping needs a recorded reason (default). */
        TARGET,
        /** A hard deadline. */
        HARD
    }

    /**
     * Builds a {@link LocalPolicy}, starting from the statutory defaults or from a policy. Nothing is
     * checked until {@link #build()}, which reports every problem at once.
     *
     * <p>Not thread-safe; the policies it builds are.
     */
    public static final class Builder {

        private final Object[] values;
        /** The settings given in a form that could not be read, each with its violation, until given again. */
        private final Map<PolicySetting, Violation> unread = new EnumMap<>(PolicySetting.class);
        /** Names that are not settings. */
        private final List<Violation> unknown = new ArrayList<>();

        private Builder() {
            this.values = Arrays.stream(PolicySetting.values()).map(PolicySetting::javaDefault).toArray();
        }

        private Builder(Object[] values) {
            this.values = values.clone();
        }

        private Builder set(PolicySetting setting, Object value) {
            values[setting.ordinal()] = value;
            unread.remove(setting);
            return this;
        }

        /**
         * Sets each named setting to its value as a policy file or {@link LocalPolicy#settings()} gives
         * it (a whole number, true or false, an enum constant's name, a list of ISO dates, or null for
         * an optional number's none; the Java values of the typed setters are taken too). Settings
         * not named keep their values. A name that is not a setting, a setting since removed, or a
         * value of the wrong kind is reported by {@link #build()}, with the others. A setting since
         * retired, whose law the library now applies itself (listed in {@code docs/POLICY.md}), is
         * read and changes nothing, so that policies and records written by earlier releases still read.
         *
         * @param settings values by setting name; a null map is reported by {@link #build()}, and a null
         *     value is an optional number's none (of any other setting, reported by {@link #build()})
         * @return this builder
         */
        public Builder settings(Map<String, ?> settings) {
            PolicyChecks.read(settings, PolicySetting.REMOVED, PolicySetting.RETIRED, values, unread, unknown);
            return this;
        }

        /**
         * Sets the working days the council gives itself to acknowledge a complaint
         * ({@link PolicySetting#ACKNOWLEDGEMENT_WORKING_DAYS}).
         *
         * @param value the working days, from 0 to 20
         * @return this builder
         */
        public Builder acknowledgementWorkingDays(int value) {
            return set(PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS, value);
        }

        /**
         * Sets the longest a stage 1 extension may reach, in working days from the stage 1 clock start
         * ({@link PolicySetting#STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS}).
         *
         * @param value the working days, from 10 (no extension) to 20 (reg. 14's maximum)
         * @return this builder
         */
        public Builder stage1ExtensionMaximumWorkingDays(int value) {
            return set(PolicySetting.STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS, value);
        }

        /**
         * Sets what a stage 1 extension needs ({@link PolicySetting#STAGE_1_EXTENSION_CONDITION}).
         *
         * @param value the condition; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder stage1ExtensionCondition(Stage1ExtensionCondition value) {
            return set(PolicySetting.STAGE_1_EXTENSION_CONDITION, value);
        }

        /**
         * Sets where the stage 1 clock starts for a complainant who needs a sufficient-interest decision
         * ({@link PolicySetting#STAGE_1_CLOCK_START}).
         *
         * @param value the clock start; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder stage1ClockStart(Stage1ClockStart value) {
            return set(PolicySetting.STAGE_1_CLOCK_START, value);
        }

        /**
         * Sets the working days after the stage 1 response within which a request for stage 2 is in time
         * ({@link PolicySetting#STAGE_2_REQUEST_WINDOW_WORKING_DAYS}).
         *
         * @param value the working days, from 20 to 65
         * @return this builder
         */
        public Builder stage2RequestWindowWorkingDays(int value) {
            return set(PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS, value);
        }

        /**
         * Sets whether a complainant whose stage 2 response is overdue past its maximum may ask for a
         * review panel ({@link PolicySetting#STAGE_3_WHEN_STAGE_2_OVERDUE}).
         *
         * @param value true if they may
         * @return this builder
         */
        public Builder stage3WhenStage2Overdue(boolean value) {
            return set(PolicySetting.STAGE_3_WHEN_STAGE_2_OVERDUE, value);
        }

        /**
         * Sets whether a complainant whose stage 1 response is overdue may go straight to stage 2
         * ({@link PolicySetting#STAGE_2_WHEN_STAGE_1_OVERDUE}).
         *
         * @param value true if they may
         * @return this builder
         */
        public Builder stage2WhenStage1Overdue(boolean value) {
            return set(PolicySetting.STAGE_2_WHEN_STAGE_1_OVERDUE, value);
        }

        /**
         * Sets where the stage 2 clock starts ({@link PolicySetting#STAGE_2_CLOCK_START}).
         *
         * @param value the clock start; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder stage2ClockStart(Stage2ClockStart value) {
            return set(PolicySetting.STAGE_2_CLOCK_START, value);
        }

        /**
         * Sets a separate target for the council's adjudication after the investigation report
         * ({@link PolicySetting#ADJUDICATION_TARGET_WORKING_DAYS}).
         *
         * @param value the target in working days after the report, from 1 to 65
         * @return this builder
         */
        public Builder adjudicationTargetWorkingDays(int value) {
            return adjudicationTargetWorkingDays(OptionalInt.of(value));
        }

        /**
         * Sets a separate target for the council's adjudication after the investigation report, or none
         * ({@link PolicySetting#ADJUDICATION_TARGET_WORKING_DAYS}).
         *
         * @param value the target in working days after the report, from 1 to 65, or empty for none; null
         *     is reported by {@link #build()}
         * @return this builder
         */
        public Builder adjudicationTargetWorkingDays(OptionalInt value) {
            return set(PolicySetting.ADJUDICATION_TARGET_WORKING_DAYS, value);
        }

        /**
         * Sets whether reg. 17's 65 working days at stage 2 are a hard maximum or a target
         * ({@link PolicySetting#STAGE_2_MAXIMUM_IS_HARD_CAP}).
         *
         * @param value true for a hard maximum, false for a target
         * @return this builder
         */
        public Builder stage2MaximumIsHardCap(boolean value) {
            return set(PolicySetting.STAGE_2_MAXIMUM_IS_HARD_CAP, value);
        }

        /**
         * Sets the working days after the stage 2 response within which a request for a review panel is in
         * time ({@link PolicySetting#STAGE_3_REQUEST_WINDOW_WORKING_DAYS}).
         *
         * @param value the working days, from 20 to 65
         * @return this builder
         */
        public Builder stage3RequestWindowWorkingDays(int value) {
            return set(PolicySetting.STAGE_3_REQUEST_WINDOW_WORKING_DAYS, value);
        }

        /**
         * Sets the working days after posting that a stage 1 or stage 2 response counts as received
         * ({@link PolicySetting#DEEMED_RECEIPT_BY_POST_WORKING_DAYS}).
         *
         * @param value the working days, from 0 to 10
         * @return this builder
         */
        public Builder deemedReceiptByPostWorkingDays(int value) {
            return set(PolicySetting.DEEMED_RECEIPT_BY_POST_WORKING_DAYS, value);
        }

        /**
         * Sets the working days after sending that a stage 1 or stage 2 response by email counts as
         * received ({@link PolicySetting#DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS}).
         *
         * @param value the working days, from 0 to 10
         * @return this builder
         */
        public Builder deemedReceiptByEmailWorkingDays(int value) {
            return set(PolicySetting.DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS, value);
        }

        /**
         * Sets whether the final response is also counted from the panel meeting, as a second reading
         * ({@link PolicySetting#FINAL_RESPONSE_ALSO_FROM_PANEL}).
         *
         * @param value true if it is
         * @return this builder
         */
        public Builder finalResponseAlsoFromPanel(boolean value) {
            return set(PolicySetting.FINAL_RESPONSE_ALSO_FROM_PANEL, value);
        }

        /**
         * Sets the days the council's offices close, counted as non-working days
         * ({@link PolicySetting#CLOSURE_DAYS}).
         *
         * @param value the days, within the calendar's range, copied; empty for none; null, or a null day,
         *     is reported by {@link #build()}
         * @return this builder
         */
        public Builder closureDays(Collection<LocalDate> value) {
            return set(PolicySetting.CLOSURE_DAYS, value);
        }

        /**
         * Sets the bank holidays proclaimed after the last day of the calendar's official data
         * ({@link PolicySetting#PROCLAIMED_BANK_HOLIDAYS}).
         *
         * @param value the days: weekdays after the official data and within the calendar's range, copied;
         *     empty for none; null, or a null day, is reported by {@link #build()}
         * @return this builder
         */
        public Builder proclaimedBankHolidays(Collection<LocalDate> value) {
            return set(PolicySetting.PROCLAIMED_BANK_HOLIDAYS, value);
        }

        /**
         * Sets whether the day that starts a clock counts as its first working day
         * ({@link PolicySetting#COUNT_TRIGGER_DAY}).
         *
         * @param value true if it counts
         * @return this builder
         */
        public Builder countTriggerDay(boolean value) {
            return set(PolicySetting.COUNT_TRIGGER_DAY, value);
        }

        /**
         * Sets what starts the one-year time limit of reg. 9 ({@link PolicySetting#TIME_LIMIT_TRIGGER}).
         *
         * @param value the trigger; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder timeLimitTrigger(TimeLimitTrigger value) {
            return set(PolicySetting.TIME_LIMIT_TRIGGER, value);
        }

        /**
         * Sets whether the council's decision on a late complaint starts from a presumption in favour of
         * accepting it ({@link PolicySetting#LATE_COMPLAINT_PRESUMPTION}).
         *
         * @param value true if it does
         * @return this builder
         */
        public Builder lateComplaintPresumption(boolean value) {
            return set(PolicySetting.LATE_COMPLAINT_PRESUMPTION, value);
        }

        /**
         * Sets whether an oral complaint resolved by the next working day is left out of the procedure
         * ({@link PolicySetting#NEXT_WORKING_DAY_RESOLUTION_EXCLUDED}).
         *
         * @param value true to leave it out
         * @return this builder
         */
        public Builder nextWorkingDayResolutionExcluded(boolean value) {
            return set(PolicySetting.NEXT_WORKING_DAY_RESOLUTION_EXCLUDED, value);
        }

        /**
         * Sets whether the adult regulations' repeat-complaint exclusions are applied
         * ({@link PolicySetting#ADULT_REPEAT_EXCLUSIONS_APPLIED}).
         *
         * @param value true to apply them
         * @return this builder
         */
        public Builder adultRepeatExclusionsApplied(boolean value) {
            return set(PolicySetting.ADULT_REPEAT_EXCLUSIONS_APPLIED, value);
        }

        /**
         * Sets whether the council may decide requests for stage 2 or 3
         * ({@link PolicySetting#GATEKEEPING}).
         *
         * @param value the gatekeeping; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder gatekeeping(Gatekeeping value) {
            return set(PolicySetting.GATEKEEPING, value);
        }

        /**
         * Sets whether a carer from an independent fostering agency, of a child the council placed,
         * complains as a local authority foster parent
         * ({@link PolicySetting#INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS}).
         *
         * @param value true if they do
         * @return this builder
         */
        public Builder independentFosteringAgencyCarersAreFosterParents(boolean value) {
            return set(PolicySetting.INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS, value);
        }

        /**
         * Sets what the child's consent means for a complaint made on their behalf
         * ({@link PolicySetting#CHILD_CONSENT}).
         *
         * @param value the rule; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder childConsent(ChildConsent value) {
            return set(PolicySetting.CHILD_CONSENT, value);
        }

        /**
         * Sets the age from which the child's consent is required, with
         * {@link ChildConsent#REQUIRED_FROM_AGE} only ({@link PolicySetting#CHILD_CONSENT_AGE}).
         *
         * @param value the age in whole years, from 1 to 17
         * @return this builder
         */
        public Builder childConsentAge(int value) {
            return childConsentAge(OptionalInt.of(value));
        }

        /**
         * Sets the age from which the child's consent is required, or none
         * ({@link PolicySetting#CHILD_CONSENT_AGE}).
         *
         * @param value the age in whole years, from 1 to 17, with {@link ChildConsent#REQUIRED_FROM_AGE}
         *     only; or empty for none, with any other rule; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder childConsentAge(OptionalInt value) {
            return set(PolicySetting.CHILD_CONSENT_AGE, value);
        }

        /**
         * Sets whether a suitable representative of a child whose views cannot be obtained may act, or only
         * once the council confirms they act in the child's best interests
         * ({@link PolicySetting#REPRESENTATIVE_WITHOUT_CHILDS_VIEWS}).
         *
         * @param value the rule; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder representativeWithoutChildsViews(RepresentativeWithoutChildsViews value) {
            return set(PolicySetting.REPRESENTATIVE_WITHOUT_CHILDS_VIEWS, value);
        }

        /**
         * Sets what the council does when considering a complaint might prejudice concurrent proceedings
         * (reg. 8) ({@link PolicySetting#CONCURRENT_PROCEEDINGS}).
         *
         * @param value suspend or decline; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder concurrentProceedings(ConcurrentProceedings value) {
            return set(PolicySetting.CONCURRENT_PROCEEDINGS, value);
        }


        /**
         * Sets whether complaints about the council's public-law reports to court go through the procedure
         * ({@link PolicySetting#PUBLIC_LAW_COURT_REPORTS_IN_SCOPE}).
         *
         * @param value true if they do
         * @return this builder
         */
        public Builder publicLawCourtReportsInScope(boolean value) {
            return set(PolicySetting.PUBLIC_LAW_COURT_REPORTS_IN_SCOPE, value);
        }

        /**
         * Sets whether complaints about the council's s7 and s37 reports to court go through the procedure
         * ({@link PolicySetting#PRIVATE_LAW_COURT_REPORTS_IN_SCOPE}).
         *
         * @param value true if they do
         * @return this builder
         */
        public Builder privateLawCourtReportsInScope(boolean value) {
            return set(PolicySetting.PRIVATE_LAW_COURT_REPORTS_IN_SCOPE, value);
        }

        /**
         * Sets the oldest a care leaver may be to complain under the council's own local offer, once every
         * statutory category has ended ({@link PolicySetting#CARE_LEAVER_LOCAL_OFFER_AGE_CEILING}).
         *
         * @param value the age in whole years, inclusive, from 25 to
         *     {@link org.cscrules.core.request.Child#MAX_AGE}
         * @return this builder
         */
        public Builder careLeaverLocalOfferAgeCeiling(int value) {
            return careLeaverLocalOfferAgeCeiling(OptionalInt.of(value));
        }

        /**
         * Sets the oldest a care leaver may be to complain under the council's own local offer, or none
         * ({@link PolicySetting#CARE_LEAVER_LOCAL_OFFER_AGE_CEILING}).
         *
         * @param value the age in whole years, inclusive, from 25 to
         *     {@link org.cscrules.core.request.Child#MAX_AGE}, or empty for none; null is reported by
         *     {@link #build()}
         * @return this builder
         */
        public Builder careLeaverLocalOfferAgeCeiling(OptionalInt value) {
            return set(PolicySetting.CARE_LEAVER_LOCAL_OFFER_AGE_CEILING, value);
        }

        /**
         * Sets how reg. 20's deadlines qualified by "or as soon as is reasonably practicable" count
         * ({@link PolicySetting#REASONABLY_PRACTICABLE_DEADLINES}).
         *
         * @param value targets or hard; null is reported by {@link #build()}
         * @return this builder
         */
        public Builder reasonablyPracticableDeadlines(ReasonablyPracticable value) {
            return set(PolicySetting.REASONABLY_PRACTICABLE_DEADLINES, value);
        }

        /**
         * The policy, once every setting is checked: its kind and bounds ({@link
         * PolicySetting#expected()}), and the settings that depend on one another.
         *
         * @return the policy, never null
         * @throws InvalidRequestException listing every problem, one {@link Violation} per
         *     setting, its path the setting's name
         */
        public LocalPolicy build() {
            List<Violation> violations = new ArrayList<>(unknown);
            violations.addAll(unread.values());
            Object[] checked = PolicyChecks.check(values, unread.keySet(), violations);
            if (!violations.isEmpty()) {
                throw new InvalidRequestException("local policy", violations);
            }
            return new LocalPolicy(checked);
        }
    }
}
