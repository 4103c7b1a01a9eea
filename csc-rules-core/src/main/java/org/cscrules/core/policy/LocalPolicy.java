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
    private volatile String fingerprint;
    /** The name a proclaimed bank holiday of the policy has in the calendar. */
    private static final String PROCLAIMED_NAME = "Bank holiday (proclaimed; LocalPolicy.proclaimedBankHolidays)";
    /** The calendars, made on first use (a benign race: any thread makes an equal one). */
    private volatile WorkingDayCalendar calendar;
    private volatile WorkingDayCalendar statutoryCalendar;

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

    /** @return {@link PolicySetting#ACKNOWLEDGEMENT_WORKING_DAYS} */
    public int acknowledgementWorkingDays() {
        return number(PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS);
    }

    /** @return {@link PolicySetting#STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS} */
    public int stage1ExtensionMaximumWorkingDays() {
        return number(PolicySetting.STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS);
    }

    /** @return {@link PolicySetting#STAGE_1_EXTENSION_CONDITION}, never null */
    public Stage1ExtensionCondition stage1ExtensionCondition() {
        return choice(PolicySetting.STAGE_1_EXTENSION_CONDITION, Stage1ExtensionCondition.class);
    }

    /** @return {@link PolicySetting#STAGE_1_CLOCK_START}, never null */
    public Stage1ClockStart stage1ClockStart() {
        return choice(PolicySetting.STAGE_1_CLOCK_START, Stage1ClockStart.class);
    }

    /** @return {@link PolicySetting#STAGE_2_REQUEST_WINDOW_WORKING_DAYS} */
    public int stage2RequestWindowWorkingDays() {
        return number(PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS);
    }

    /** @return {@link PolicySetting#STAGE_3_WHEN_STAGE_2_OVERDUE} */
    public boolean stage3WhenStage2Overdue() {
        return flag(PolicySetting.STAGE_3_WHEN_STAGE_2_OVERDUE);
    }

    /** @return {@link PolicySetting#STAGE_2_WHEN_STAGE_1_OVERDUE} */
    public boolean stage2WhenStage1Overdue() {
        return flag(PolicySetting.STAGE_2_WHEN_STAGE_1_OVERDUE);
    }

    /** @return {@link PolicySetting#STAGE_2_CLOCK_START}, never null */
    public Stage2ClockStart stage2ClockStart() {
        return choice(PolicySetting.STAGE_2_CLOCK_START, Stage2ClockStart.class);
    }

    /** @return {@link PolicySetting#ADJUDICATION_TARGET_WORKING_DAYS}: empty for none; never null */
    public OptionalInt adjudicationTargetWorkingDays() {
        return (OptionalInt) value(PolicySetting.ADJUDICATION_TARGET_WORKING_DAYS);
    }

    /** @return {@link PolicySetting#STAGE_2_MAXIMUM_IS_HARD_CAP} */
    public boolean stage2MaximumIsHardCap() {
        return flag(PolicySetting.STAGE_2_MAXIMUM_IS_HARD_CAP);
    }

    /** @return {@link PolicySetting#STAGE_3_REQUEST_WINDOW_WORKING_DAYS} */
    public int stage3RequestWindowWorkingDays() {
        return number(PolicySetting.STAGE_3_REQUEST_WINDOW_WORKING_DAYS);
    }

    /** @return {@link PolicySetting#DEEMED_RECEIPT_BY_POST_WORKING_DAYS} */
    public int deemedReceiptByPostWorkingDays() {
        return number(PolicySetting.DEEMED_RECEIPT_BY_POST_WORKING_DAYS);
    }

    /** @return {@link PolicySetting#DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS} */
    public int deemedReceiptByEmailWorkingDays() {
        return number(PolicySetting.DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS);
    }

    /** @return {@link PolicySetting#FINAL_RESPONSE_ALSO_FROM_PANEL} */
    public boolean finalResponseAlsoFromPanel() {
        return flag(PolicySetting.FINAL_RESPONSE_ALSO_FROM_PANEL);
    }

    /** @return {@link PolicySetting#CLOSURE_DAYS}: unmodifiable and sorted; never null */
    @SuppressWarnings("unchecked")
    public Set<LocalDate> closureDays() {
        return (Set<LocalDate>) value(PolicySetting.CLOSURE_DAYS);
    }

    /** @return {@link PolicySetting#PROCLAIMED_BANK_HOLIDAYS}: unmodifiable and sorted; never null */
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

    /** @return {@link PolicySetting#COUNT_TRIGGER_DAY} */
    public boolean countTriggerDay() {
        return flag(PolicySetting.COUNT_TRIGGER_DAY);
    }

    /** @return {@link PolicySetting#TIME_LIMIT_TRIGGER}, never null */
    public TimeLimitTrigger timeLimitTrigger() {
        return choice(PolicySetting.TIME_LIMIT_TRIGGER, TimeLimitTrigger.class);
    }

    /** @return {@link PolicySetting#LATE_COMPLAINT_PRESUMPTION} */
    public boolean lateComplaintPresumption() {
        return flag(PolicySetting.LATE_COMPLAINT_PRESUMPTION);
    }

    /** @return {@link PolicySetting#NEXT_WORKING_DAY_RESOLUTION_EXCLUDED} */
    public boolean nextWorkingDayResolutionExcluded() {
        return flag(PolicySetting.NEXT_WORKING_DAY_RESOLUTION_EXCLUDED);
    }

    /** @return {@link PolicySetting#ADULT_REPEAT_EXCLUSIONS_APPLIED} */
    public boolean adultRepeatExclusionsApplied() {
        return flag(PolicySetting.ADULT_REPEAT_EXCLUSIONS_APPLIED);
    }

    /** @return {@link PolicySetting#GATEKEEPING}, never null */
    public Gatekeeping gatekeeping() {
        return choice(PolicySetting.GATEKEEPING, Gatekeeping.class);
    }

    /** @return {@link PolicySetting#INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS} */
    public boolean independentFosteringAgencyCarersAreFosterParents() {
        return flag(PolicySetting.INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS);
    }

    /** @return {@link PolicySetting#CHILD_CONSENT}, never null */
    public ChildConsent childConsent() {
        return choice(PolicySetting.CHILD_CONSENT, ChildConsent.class);
    }

    /** @return {@link PolicySetting#CHILD_CONSENT_AGE}: present exactly when consent is required from an age; never null */
    public OptionalInt childConsentAge() {
        return (OptionalInt) value(PolicySetting.CHILD_CONSENT_AGE);
    }

    /** @return {@link PolicySetting#REPRESENTATIVE_WITHOUT_CHILDS_VIEWS}, never null */
    public RepresentativeWithoutChildsViews representativeWithoutChildsViews() {
        return choice(PolicySetting.REPRESENTATIVE_WITHOUT_CHILDS_VIEWS, RepresentativeWithoutChildsViews.class);
    }

    /** @return {@link PolicySetting#CONCURRENT_PROCEEDINGS}, never null */
    public ConcurrentProceedings concurrentProceedings() {
        return choice(PolicySetting.CONCURRENT_PROCEEDINGS, ConcurrentProceedings.class);
    }

    /** @return {@link PolicySetting#PUBLIC_LAW_COURT_REPORTS_IN_SCOPE} */
    public boolean publicLawCourtReportsInScope() {
        return flag(PolicySetting.PUBLIC_LAW_COURT_REPORTS_IN_SCOPE);
    }

    /** @return {@link PolicySetting#PRIVATE_LAW_COURT_REPORTS_IN_SCOPE} */
    public boolean privateLawCourtReportsInScope() {
        return flag(PolicySetting.PRIVATE_LAW_COURT_REPORTS_IN_SCOPE);
    }

    /**
     * @return {@link PolicySetting#CARE_LEAVER_LOCAL_OFFER_AGE_CEILING} as given, in whole years and
     *     inclusive: empty for none; never null
     */
    public OptionalInt careLeaverLocalOfferAgeCeiling() {
        return (OptionalInt) value(PolicySetting.CARE_LEAVER_LOCAL_OFFER_AGE_CEILING);
    }

    /** @return {@link PolicySetting#REASONABLY_PRACTICABLE_DEADLINES}, never null */
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
    private static LocalPolicy fromSettings(Map<String, Object> settings) {
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
     * @param other any object; may be null
     * @return true when every setting is equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof LocalPolicy policy && Arrays.equals(values, policy.values);
    }

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

    /** @return the settings that differ from the statutory defaults, by name, e.g. {@code LocalPolicy[gatekeeping=NONE]} */
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
         * @param settings values by setting name; not null
         * @return this builder
         */
        public Builder settings(Map<String, ?> settings) {
            PolicyChecks.read(settings, PolicySetting.REMOVED, PolicySetting.RETIRED, values, unread, unknown);
            return this;
        }

        /**
         * @param value {@link PolicySetting#ACKNOWLEDGEMENT_WORKING_DAYS}
         * @return this builder
         */
        public Builder acknowledgementWorkingDays(int value) {
            return set(PolicySetting.ACKNOWLEDGEMENT_WORKING_DAYS, value);
        }

        /**
         * @param value {@link PolicySetting#STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS}
         * @return this builder
         */
        public Builder stage1ExtensionMaximumWorkingDays(int value) {
            return set(PolicySetting.STAGE_1_EXTENSION_MAXIMUM_WORKING_DAYS, value);
        }

        /**
         * @param value {@link PolicySetting#STAGE_1_EXTENSION_CONDITION}; not null
         * @return this builder
         */
        public Builder stage1ExtensionCondition(Stage1ExtensionCondition value) {
            return set(PolicySetting.STAGE_1_EXTENSION_CONDITION, value);
        }

        /**
         * @param value {@link PolicySetting#STAGE_1_CLOCK_START}; not null
         * @return this builder
         */
        public Builder stage1ClockStart(Stage1ClockStart value) {
            return set(PolicySetting.STAGE_1_CLOCK_START, value);
        }

        /**
         * @param value {@link PolicySetting#STAGE_2_REQUEST_WINDOW_WORKING_DAYS}
         * @return this builder
         */
        public Builder stage2RequestWindowWorkingDays(int value) {
            return set(PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS, value);
        }

        /**
         * @param value {@link PolicySetting#STAGE_3_WHEN_STAGE_2_OVERDUE}
         * @return this builder
         */
        public Builder stage3WhenStage2Overdue(boolean value) {
            return set(PolicySetting.STAGE_3_WHEN_STAGE_2_OVERDUE, value);
        }

        /**
         * @param value {@link PolicySetting#STAGE_2_WHEN_STAGE_1_OVERDUE}
         * @return this builder
         */
        public Builder stage2WhenStage1Overdue(boolean value) {
            return set(PolicySetting.STAGE_2_WHEN_STAGE_1_OVERDUE, value);
        }

        /**
         * @param value {@link PolicySetting#STAGE_2_CLOCK_START}; not null
         * @return this builder
         */
        public Builder stage2ClockStart(Stage2ClockStart value) {
            return set(PolicySetting.STAGE_2_CLOCK_START, value);
        }

        /**
         * @param value {@link PolicySetting#ADJUDICATION_TARGET_WORKING_DAYS}: a target
         * @return this builder
         */
        public Builder adjudicationTargetWorkingDays(int value) {
            return adjudicationTargetWorkingDays(OptionalInt.of(value));
        }

        /**
         * @param value {@link PolicySetting#ADJUDICATION_TARGET_WORKING_DAYS}: a target, or empty for none; not null
         * @return this builder
         */
        public Builder adjudicationTargetWorkingDays(OptionalInt value) {
            return set(PolicySetting.ADJUDICATION_TARGET_WORKING_DAYS, value);
        }

        /**
         * @param value {@link PolicySetting#STAGE_2_MAXIMUM_IS_HARD_CAP}
         * @return this builder
         */
        public Builder stage2MaximumIsHardCap(boolean value) {
            return set(PolicySetting.STAGE_2_MAXIMUM_IS_HARD_CAP, value);
        }

        /**
         * @param value {@link PolicySetting#STAGE_3_REQUEST_WINDOW_WORKING_DAYS}
         * @return this builder
         */
        public Builder stage3RequestWindowWorkingDays(int value) {
            return set(PolicySetting.STAGE_3_REQUEST_WINDOW_WORKING_DAYS, value);
        }

        /**
         * @param value {@link PolicySetting#DEEMED_RECEIPT_BY_POST_WORKING_DAYS}
         * @return this builder
         */
        public Builder deemedReceiptByPostWorkingDays(int value) {
            return set(PolicySetting.DEEMED_RECEIPT_BY_POST_WORKING_DAYS, value);
        }

        /**
         * @param value {@link PolicySetting#DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS}
         * @return this builder
         */
        public Builder deemedReceiptByEmailWorkingDays(int value) {
            return set(PolicySetting.DEEMED_RECEIPT_BY_EMAIL_WORKING_DAYS, value);
        }

        /**
         * @param value {@link PolicySetting#FINAL_RESPONSE_ALSO_FROM_PANEL}
         * @return this builder
         */
        public Builder finalResponseAlsoFromPanel(boolean value) {
            return set(PolicySetting.FINAL_RESPONSE_ALSO_FROM_PANEL, value);
        }

        /**
         * @param value {@link PolicySetting#CLOSURE_DAYS}, copied; not null, no null day
         * @return this builder
         */
        public Builder closureDays(Collection<LocalDate> value) {
            return set(PolicySetting.CLOSURE_DAYS, value);
        }

        /**
         * @param value {@link PolicySetting#PROCLAIMED_BANK_HOLIDAYS}, copied; not null, no null day
         * @return this builder
         */
        public Builder proclaimedBankHolidays(Collection<LocalDate> value) {
            return set(PolicySetting.PROCLAIMED_BANK_HOLIDAYS, value);
        }

        /**
         * @param value {@link PolicySetting#COUNT_TRIGGER_DAY}
         * @return this builder
         */
        public Builder countTriggerDay(boolean value) {
            return set(PolicySetting.COUNT_TRIGGER_DAY, value);
        }

        /**
         * @param value {@link PolicySetting#TIME_LIMIT_TRIGGER}; not null
         * @return this builder
         */
        public Builder timeLimitTrigger(TimeLimitTrigger value) {
            return set(PolicySetting.TIME_LIMIT_TRIGGER, value);
        }

        /**
         * @param value {@link PolicySetting#LATE_COMPLAINT_PRESUMPTION}
         * @return this builder
         */
        public Builder lateComplaintPresumption(boolean value) {
            return set(PolicySetting.LATE_COMPLAINT_PRESUMPTION, value);
        }

        /**
         * @param value {@link PolicySetting#NEXT_WORKING_DAY_RESOLUTION_EXCLUDED}
         * @return this builder
         */
        public Builder nextWorkingDayResolutionExcluded(boolean value) {
            return set(PolicySetting.NEXT_WORKING_DAY_RESOLUTION_EXCLUDED, value);
        }

        /**
         * @param value {@link PolicySetting#ADULT_REPEAT_EXCLUSIONS_APPLIED}
         * @return this builder
         */
        public Builder adultRepeatExclusionsApplied(boolean value) {
            return set(PolicySetting.ADULT_REPEAT_EXCLUSIONS_APPLIED, value);
        }

        /**
         * @param value {@link PolicySetting#GATEKEEPING}; not null
         * @return this builder
         */
        public Builder gatekeeping(Gatekeeping value) {
            return set(PolicySetting.GATEKEEPING, value);
        }

        /**
         * @param value {@link PolicySetting#INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS}
         * @return this builder
         */
        public Builder independentFosteringAgencyCarersAreFosterParents(boolean value) {
            return set(PolicySetting.INDEPENDENT_FOSTERING_AGENCY_CARERS_ARE_FOSTER_PARENTS, value);
        }

        /**
         * @param value {@link PolicySetting#CHILD_CONSENT}; not null
         * @return this builder
         */
        public Builder childConsent(ChildConsent value) {
            return set(PolicySetting.CHILD_CONSENT, value);
        }

        /**
         * @param value {@link PolicySetting#CHILD_CONSENT_AGE}: the age, with {@code REQUIRED_FROM_AGE} only
         * @return this builder
         */
        public Builder childConsentAge(int value) {
            return childConsentAge(OptionalInt.of(value));
        }

        /**
         * @param value {@link PolicySetting#CHILD_CONSENT_AGE}: the age, or empty for none; not null
         * @return this builder
         */
        public Builder childConsentAge(OptionalInt value) {
            return set(PolicySetting.CHILD_CONSENT_AGE, value);
        }

        /**
         * @param value {@link PolicySetting#REPRESENTATIVE_WITHOUT_CHILDS_VIEWS}; not null
         * @return this builder
         */
        public Builder representativeWithoutChildsViews(RepresentativeWithoutChildsViews value) {
            return set(PolicySetting.REPRESENTATIVE_WITHOUT_CHILDS_VIEWS, value);
        }

        /**
         * @param value {@link PolicySetting#CONCURRENT_PROCEEDINGS}; not null
         * @return this builder
         */
        public Builder concurrentProceedings(ConcurrentProceedings value) {
            return set(PolicySetting.CONCURRENT_PROCEEDINGS, value);
        }


        /**
         * @param value {@link PolicySetting#PUBLIC_LAW_COURT_REPORTS_IN_SCOPE}
         * @return this builder
         */
        public Builder publicLawCourtReportsInScope(boolean value) {
            return set(PolicySetting.PUBLIC_LAW_COURT_REPORTS_IN_SCOPE, value);
        }

        /**
         * @param value {@link PolicySetting#PRIVATE_LAW_COURT_REPORTS_IN_SCOPE}
         * @return this builder
         */
        public Builder privateLawCourtReportsInScope(boolean value) {
            return set(PolicySetting.PRIVATE_LAW_COURT_REPORTS_IN_SCOPE, value);
        }

        /**
         * @param value {@link PolicySetting#CARE_LEAVER_LOCAL_OFFER_AGE_CEILING}: the oldest age, inclusive
         * @return this builder
         */
        public Builder careLeaverLocalOfferAgeCeiling(int value) {
            return careLeaverLocalOfferAgeCeiling(OptionalInt.of(value));
        }

        /**
         * @param value {@link PolicySetting#CARE_LEAVER_LOCAL_OFFER_AGE_CEILING}: the oldest age, or empty for none; not null
         * @return this builder
         */
        public Builder careLeaverLocalOfferAgeCeiling(OptionalInt value) {
            return set(PolicySetting.CARE_LEAVER_LOCAL_OFFER_AGE_CEILING, value);
        }

        /**
         * @param value {@link PolicySetting#REASONABLY_PRACTICABLE_DEADLINES}; not null
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
