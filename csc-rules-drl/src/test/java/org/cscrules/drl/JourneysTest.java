package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.cscrules.core.process.ComplainantOption;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.DeadlineStatus;
import org.cscrules.core.process.Delivery;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Ruling;
import org.cscrules.core.process.Stage;
import org.cscrules.core.process.Transition;
import org.cscrules.core.process.TransitionOutcome;
import org.cscrules.core.process.WrittenNotice;
import org.cscrules.core.timescale.Deadline;
import org.cscrules.core.validation.InvalidRequestException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Whole journeys, receipt to closure, one step a row: the event, what the rules make of it, the
 * stage after it, the rules that ruled, and every deadline then running, each date counted by hand
 * on the reg. 2 calendar (the comments show the count). Across Christmas 2022 (Boxing Day and the
 * substitute Christmas Day, the New Year substitute), Easter 2023 and the 2023 coronation holiday,
 * and the state funeral of 19 September 2022. A listener checks that every stage rule rules in
 * at least one step.
 */
class JourneysTest {

    private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
    private static final Map<LocalPolicy, DroolsComplaintProcess> PROCESSES = new ConcurrentHashMap<>();
    private static final LocalPolicy DEFAULTS = LocalPolicy.statutoryDefaults();

    /** One step: the event, and what must follow. */
    record Step(ProcessEvent event, TransitionOutcome outcome, Stage stage, List<String> rules, List<String> deadlines) {
    }

    static DroolsComplaintProcess process(LocalPolicy policy) {
        return PROCESSES.computeIfAbsent(policy, p -> new DroolsComplaintProcess(p, Requests.CLOCK,
                session -> session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        FIRED.add(event.getMatch().getRule().getMetaData().get("ruleId").toString());
                    }
                })));
    }

    private static Step step(EventType type, String date, TransitionOutcome outcome, Stage stage, List<String> rules,
                             String... deadlines) {
        return new Step(ProcessEvent.of(type, LocalDate.parse(date)), outcome, stage, rules, List.of(deadlines));
    }

    private static Step step(ProcessEvent event, TransitionOutcome outcome, Stage stage, List<String> rules,
                             String... deadlines) {
        return new Step(event, outcome, stage, rules, List.of(deadlines));
    }

    private static final TransitionOutcome ALLOWED = TransitionOutcome.ALLOWED;
    private static final TransitionOutcome REFUSED = TransitionOutcome.REFUSED;
    private static final TransitionOutcome DISCRETION = TransitionOutcome.DISCRETION_REQUIRED;

    /** A complaint received on {@code received} under the statutory defaults, its stage 1 clock starting that day. */
    private static ComplaintState received(LocalDate received) {
        return received(received, received);
    }

    private static ComplaintState received(LocalDate received, LocalDate stage1ClockStart) {
        return ComplaintState.receivedOn(received, stage1ClockStart, DeadlineBasis.of(DEFAULTS, received));
    }

    static Stream<Arguments> journeys() {
        return Stream.of(
                Arguments.of("W4, LGA 1974 s26(5), LGSCO 24 004 450: a referral while the council is in time is premature; once its "
                                + "stage 2 maximum has passed, it is not, and the Ombudsman takes the complaint", DEFAULTS,
                        received(LocalDate.of(2026, 1, 2)),
                        List.of(
                                step(EventType.STAGE_1_RESPONSE_SENT, "2026-01-12", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"),
                                        // T4 from Mon 12 Jan 2026: 13-16 (4), 19-23 (9), 26-30 (14), 2-6 Feb (19), 9 Feb (20)
                                        "T4_STAGE_2_REQUEST DUE 2026-02-09"),
                                step(EventType.STAGE_2_REQUESTED, "2026-01-14", ALLOWED, Stage.STAGE_2, List.of("STAGE-2-REQUEST"),
                                        // T6 from Wed 14 Jan: 15-16 (2), 19 Jan-13 Feb (22), 16-18 (25); 65 WD: 19-20 (27),
                                        // 23 Feb-27 Mar (52), 30 Mar-2 Apr (56), Good Friday, Easter Monday, 7-10 Apr (60), 13-17 (65)
                                        "T6_STAGE_2_RESPONSE DUE 2026-02-18", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-04-17"),
                                step(EventType.REFERRED_TO_OMBUDSMAN, "2026-02-02", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-OMBUDSMAN", "STAGE-OMBUDSMAN-PREMATURE"),
                                        "T6_STAGE_2_RESPONSE DUE 2026-02-18", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-04-17"),
                                step(EventType.REFERRED_TO_OMBUDSMAN, "2026-10-01", ALLOWED, Stage.REFERRED_TO_OMBUDSMAN,
                                        List.of("STAGE-OMBUDSMAN", "STAGE-OMBUDSMAN-COUNCIL-OUT-OF-TIME", "STAGE-2-OUT-OF-TIME")))),
                Arguments.of("M1, reg. 8: consideration suspended for care proceedings; stage 1 pauses and runs on with the "
                                + "working days it had left; a suspension of part pauses nothing", DEFAULTS,
                        received(LocalDate.of(2026, 3, 2)),
                        List.of(
                                step(ProcessEvent.suspended(LocalDate.of(2026, 3, 4), "care proceedings: considering it might prejudice them"),
                                        ALLOWED, Stage.STAGE_1, List.of("STAGE-SUSPENDED"),
                                        // as they stood: T2 from Mon 2 Mar 2026: 3-6 (4), 9-13 (9), 16 (10);
                                        // 20 WD: 17-20 (14), 23-27 (19), 30 (20)
                                        "T2_STAGE_1_RESPONSE DUE 2026-03-16", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-03-30"),
                                step(EventType.STAGE_1_RESPONSE_SENT, "2026-03-10", REFUSED, Stage.STAGE_1,
                                        List.of("STAGE-1-RESPONSE", "STAGE-SUSPENDED-RESUME-FIRST"),
                                        "T2_STAGE_1_RESPONSE DUE 2026-03-16", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-03-30"),
                                step(EventType.CONSIDERATION_RESUMED, "2026-04-13", ALLOWED, Stage.STAGE_1, List.of("STAGE-RESUMED"),
                                        // left on Wed 4 Mar: 5-6 (2), 9-13 (7), 16 (8); from Mon 13 Apr: 14-17 (4), 20-23 (8)
                                        "T2_STAGE_1_RESPONSE DUE 2026-04-23",
                                        // left: 8 + 17-20 (12), 23-27 (17), 30 (18); from 13 Apr: 14-17 (4), 20-24 (9),
                                        // 27 Apr-1 May (14), 4 May bank holiday, 5-8 (18)
                                        "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-05-08"),
                                step(EventType.CONSIDERATION_RESUMED, "2026-04-14", REFUSED, Stage.STAGE_1,
                                        List.of("STAGE-RESUMED-NOT-SUSPENDED", "STAGE-NOT-IN-THIS-STAGE"),
                                        "T2_STAGE_1_RESPONSE DUE 2026-04-23", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-05-08"),
                                step(ProcessEvent.partlySuspended(LocalDate.of(2026, 4, 15), "the part about contact, before the court"),
                                        ALLOWED, Stage.STAGE_1, List.of("STAGE-PARTLY-SUSPENDED"),
                                        "T2_STAGE_1_RESPONSE DUE 2026-04-23", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-05-08"),
                                step(ProcessEvent.suspended(LocalDate.of(2026, 4, 16), "the whole, now"),
                                        REFUSED, Stage.STAGE_1, List.of("STAGE-SUSPENSION-ALREADY-OPEN", "STAGE-NOT-IN-THIS-STAGE"),
                                        "T2_STAGE_1_RESPONSE DUE 2026-04-23", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-05-08"),
                                step(EventType.STAGE_1_RESPONSE_SENT, "2026-04-22", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"),
                                        // T4 from Wed 22 Apr: 23-24 (2), 27 Apr-1 May (7), 4 May bank holiday, 5-8 (11), 11-15 (16), 18-21 (20)
                                        "T4_STAGE_2_REQUEST DUE 2026-05-21"),
                                step(EventType.CONSIDERATION_RESUMED, "2026-04-23", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-RESUMED"), "T4_STAGE_2_REQUEST DUE 2026-05-21"))),
                Arguments.of("M8: a fresh stage 2 after one without an independent person; the fresh stage runs from its own day "
                                + "and cannot be declined", DEFAULTS, received(LocalDate.of(2026, 1, 2)),
                        List.of(
                                step(EventType.STAGE_1_RESPONSE_SENT, "2026-01-12", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"), "T4_STAGE_2_REQUEST DUE 2026-02-09"),
                                step(EventType.STAGE_2_REQUESTED, "2026-01-14", ALLOWED, Stage.STAGE_2, List.of("STAGE-2-REQUEST"),
                                        "T6_STAGE_2_RESPONSE DUE 2026-02-18", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-04-17"),
                                step(EventType.STAGE_2_RESPONSE_SENT, "2026-02-16", DISCRETION, Stage.STAGE_2_RESPONDED,
                                        List.of("STAGE-2-RESPONSE", "STAGE-2-RESPONSE-WITHOUT-INDEPENDENT-PERSON"),
                                        // T8 from Mon 16 Feb: 17-20 (4), 23-27 (9), 2-6 Mar (14), 9-13 (19), 16 (20)
                                        "T8_STAGE_3_REQUEST DUE 2026-03-16"),
                                step(ProcessEvent.stage2Reopened(LocalDate.of(2026, 3, 2), "our review: no independent person took part"),
                                        ALLOWED, Stage.STAGE_2, List.of("STAGE-2-REOPENED"),
                                        // T6 from Mon 2 Mar: 3-6 (4), 9-27 (19), 30 Mar-2 Apr (23), Good Friday, Easter Monday, 7-8 (25)
                                        "T6_STAGE_2_RESPONSE DUE 2026-04-08",
                                        // 65: 9-10 (27), 13 Apr-1 May (42), 4 May bank holiday, 5-22 (56), 25 May bank holiday,
                                        // 26-29 (60), 1-5 Jun (65)
                                        "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-06-05"),
                                step(ProcessEvent.requestDeclined(LocalDate.of(2026, 3, 3), "nothing further to add"),
                                        REFUSED, Stage.STAGE_2, List.of("STAGE-DECLINE-NOT-THE-COUNCILS", "STAGE-NOT-IN-THIS-STAGE"),
                                        "T6_STAGE_2_RESPONSE DUE 2026-04-08", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-06-05"),
                                step(EventType.INDEPENDENT_PERSON_APPOINTED, "2026-03-04", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-INDEPENDENT-PERSON"),
                                        "T6_STAGE_2_RESPONSE DUE 2026-04-08", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-06-05"),
                                step(EventType.STAGE_2_RESPONSE_SENT, "2026-04-01", ALLOWED, Stage.STAGE_2_RESPONDED,
                                        List.of("STAGE-2-RESPONSE"),
                                        // T8 from Wed 1 Apr: 2 (1), Good Friday, Easter Monday, 7-10 (5), 13-17 (10), 20-24 (15), 27 Apr-1 May (20)
                                        "T8_STAGE_3_REQUEST DUE 2026-05-01"))),
                Arguments.of("M8: a fresh review panel after one found defective; its 30 working days run from the re-opening",
                        DEFAULTS, received(LocalDate.of(2026, 1, 2)),
                        List.of(
                                step(EventType.STAGE_1_RESPONSE_SENT, "2026-01-12", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"), "T4_STAGE_2_REQUEST DUE 2026-02-09"),
                                step(EventType.STAGE_2_REQUESTED, "2026-01-14", ALLOWED, Stage.STAGE_2, List.of("STAGE-2-REQUEST"),
                                        "T6_STAGE_2_RESPONSE DUE 2026-02-18", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-04-17"),
                                step(EventType.INDEPENDENT_PERSON_APPOINTED, "2026-01-15", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-INDEPENDENT-PERSON"),
                                        "T6_STAGE_2_RESPONSE DUE 2026-02-18", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-04-17"),
                                step(EventType.STAGE_2_RESPONSE_SENT, "2026-02-16", ALLOWED, Stage.STAGE_2_RESPONDED,
                                        List.of("STAGE-2-RESPONSE"), "T8_STAGE_3_REQUEST DUE 2026-03-16"),
                                step(EventType.STAGE_3_REQUESTED, "2026-02-18", ALLOWED, Stage.STAGE_3_REQUESTED,
                                        List.of("STAGE-3-REQUEST"),
                                        // T9 from Wed 18 Feb: 19-20 (2), 23 Feb-27 Mar (27), 30 Mar-1 Apr (30)
                                        "T9_REVIEW_PANEL DUE 2026-04-01"),
                                step(EventType.PANEL_HELD, "2026-03-25", ALLOWED, Stage.PANEL_HELD, List.of("STAGE-3-PANEL"),
                                        // T10 from Wed 25 Mar: 26-27 (2), 30 Mar-1 Apr (5)
                                        "T10_PANEL_REPORT DUE 2026-04-01",
                                        // panel + 20: 26-27 (2), 30 Mar-2 Apr (6), Good Friday, Easter Monday, 7-10 (10), 13-17 (15), 20-24 (20)
                                        "T11_FINAL_RESPONSE ALTERNATIVE_READING 2026-04-24"),
                                step(ProcessEvent.stage3Reopened(LocalDate.of(2026, 3, 27), "a panel member had worked on the case"),
                                        ALLOWED, Stage.STAGE_3_REQUESTED, List.of("STAGE-3-REOPENED"),
                                        // T9 from Fri 27 Mar: 30 Mar-2 Apr (4), Good Friday, Easter Monday, 7-10 (8), 13-17 (13),
                                        // 20-24 (18), 27 Apr-1 May (23), 4 May bank holiday, 5-8 (27), 11-13 (30)
                                        "T9_REVIEW_PANEL DUE 2026-05-13"),
                                step(EventType.PANEL_HELD, "2026-04-29", ALLOWED, Stage.PANEL_HELD, List.of("STAGE-3-PANEL"),
                                        // T10 from Wed 29 Apr: 30 Apr-1 May (2), 4 May bank holiday, 5-7 (5)
                                        "T10_PANEL_REPORT DUE 2026-05-07",
                                        // panel + 20: 30 Apr-1 May (2), 5-8 (6), 11-15 (11), 18-22 (16), 25 May bank holiday, 26-29 (20)
                                        "T11_FINAL_RESPONSE ALTERNATIVE_READING 2026-05-29"))),
                Arguments.of("M9: once stage 2 is out of time, a council that allows it hears a request for a review panel",
                        LocalPolicy.builder().stage3WhenStage2Overdue(true).build(), received(LocalDate.of(2026, 1, 2)),
                        List.of(
                                step(EventType.STAGE_1_RESPONSE_SENT, "2026-01-12", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"), "T4_STAGE_2_REQUEST DUE 2026-02-09"),
                                step(EventType.STAGE_2_REQUESTED, "2026-01-14", ALLOWED, Stage.STAGE_2, List.of("STAGE-2-REQUEST"),
                                        "T6_STAGE_2_RESPONSE DUE 2026-02-18", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-04-17"),
                                step(EventType.STAGE_3_REQUESTED, "2026-04-17", REFUSED, Stage.STAGE_2,
                                        List.of("STAGE-NOT-IN-THIS-STAGE"),
                                        "T6_STAGE_2_RESPONSE DUE 2026-02-18", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-04-17"),
                                step(EventType.STAGE_3_REQUESTED, "2026-04-20", ALLOWED, Stage.STAGE_3_REQUESTED,
                                        List.of("STAGE-3-REQUEST-STAGE-2-OVERDUE", "STAGE-2-OUT-OF-TIME"),
                                        // T9, 30 WD from Mon 20 Apr 2026: 21-24 (4), 27 Apr-1 May (9), 4 May bank holiday,
                                        // 5-8 (13), 11-15 (18), 18-22 (23), 25 May bank holiday, 26-29 (27), 1-3 Jun (30)
                                        "T9_REVIEW_PANEL DUE 2026-06-03"))),
                Arguments.of("W2, LGSCO 20 006 409: a late request for stage 2 may be declined, with reasons weighing the lateness",
                        DEFAULTS, received(LocalDate.of(2026, 1, 2)),
                        List.of(
                                step(EventType.STAGE_1_RESPONSE_SENT, "2026-01-12", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"), "T4_STAGE_2_REQUEST DUE 2026-02-09"),
                                step(EventType.STAGE_2_REQUESTED, "2026-02-10", DISCRETION, Stage.STAGE_2,
                                        List.of("STAGE-2-REQUEST-LATE", "STAGE-2-REQUEST"),
                                        // T6 from Tue 10 Feb: 11-13 (3), 16 Feb-13 Mar (23), 16-17 (25); 65 WD: 18-20 (28),
                                        // 23 Mar-2 Apr (37), Good Friday, Easter Monday, 7 Apr-1 May (56), 4 May bank holiday, 5-15 May (65)
                                        "T6_STAGE_2_RESPONSE DUE 2026-03-17", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2026-05-15"),
                                step(ProcessEvent.requestDeclined(LocalDate.of(2026, 2, 12),
                                                "asked a day late without a reason, after we had weighed whether one was given"),
                                        ALLOWED, Stage.DECLINED, List.of("STAGE-REQUEST-DECLINED")))),
                Arguments.of("all three stages across Christmas 2022 and Easter 2023 (regs. 14-20)", DEFAULTS,
                        received(LocalDate.of(2022, 12, 12)),
                        // received Mon 12 Dec 2022. Stage 1, 10 WD: 13-16 (4), 19-23 (9), 26 Boxing Day, 27 substitute
                        // Christmas Day, 28 (10). 20 WD: 29, 30 (12), 2 Jan substitute New Year, 3-6 (16), 9-12 (20).
                        List.of(
                                step(EventType.STAGE_1_RESPONSE_SENT, "2022-12-28", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"),
                                        // T4, 20 WD from 28 Dec: 29, 30 (2), 3-6 Jan (6), 9-13 (11), 16-20 (16), 23-26 (20)
                                        "T4_STAGE_2_REQUEST DUE 2023-01-26"),
                                step(EventType.STAGE_2_REQUESTED, "2023-01-16", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-REQUEST"),
                                        // T6, 25 WD from 16 Jan: 17-20 (4), 23-27 (9), 30 Jan-3 Feb (14), 6-10 (19), 13-17 (24), 20 (25)
                                        "T6_STAGE_2_RESPONSE DUE 2023-02-20",
                                        // 65 WD: 21-24 Feb (29), 27 Feb-3 Mar (34), 6-31 Mar (54), 3-6 Apr (58), 7 Good Friday,
                                        // 10 Easter Monday, 11-14 (62), 17-19 (65)
                                        "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-04-19"),
                                step(EventType.STATEMENT_OF_COMPLAINT_AGREED, "2023-01-20", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-STATEMENT"),
                                        "T6_STAGE_2_RESPONSE DUE 2023-02-20", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-04-19"),
                                // M2, s26(4), reg. 17(2): an independent person takes part, and reports
                                step(EventType.INDEPENDENT_PERSON_APPOINTED, "2023-01-20", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-INDEPENDENT-PERSON"),
                                        "T6_STAGE_2_RESPONSE DUE 2023-02-20", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-04-19"),
                                step(EventType.INDEPENDENT_PERSON_REPORT_RECEIVED, "2023-02-10", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-INDEPENDENT-PERSON-REPORT"),
                                        "T6_STAGE_2_RESPONSE DUE 2023-02-20", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-04-19"),
                                step(EventType.INVESTIGATION_REPORT_RECEIVED, "2023-02-10", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-REPORT"),
                                        "T6_STAGE_2_RESPONSE DUE 2023-02-20", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-04-19"),
                                step(EventType.STAGE_2_RESPONSE_SENT, "2023-02-17", ALLOWED, Stage.STAGE_2_RESPONDED,
                                        List.of("STAGE-2-RESPONSE"),
                                        // T8, 20 WD from 17 Feb: 20-24 (5), 27 Feb-3 Mar (10), 6-10 (15), 13-17 (20)
                                        "T8_STAGE_3_REQUEST DUE 2023-03-17"),
                                step(EventType.STAGE_3_REQUESTED, "2023-03-01", ALLOWED, Stage.STAGE_3_REQUESTED,
                                        List.of("STAGE-3-REQUEST"),
                                        // T9, 30 WD from 1 Mar: 2-3 (2), 6-31 (22), 3-6 Apr (26), Easter, 11-14 (30)
                                        "T9_REVIEW_PANEL DUE 2023-04-14"),
                                step(EventType.PANEL_HELD, "2023-04-05", ALLOWED, Stage.PANEL_HELD,
                                        List.of("STAGE-3-PANEL"),
                                        // T10, 5 WD from 5 Apr: 6 (1), Easter, 11-14 (5)
                                        "T10_PANEL_REPORT DUE 2023-04-14",
                                        // A11, panel + 20 WD: 6 (1), 11-14 (5), 17-28 (15), 1 May bank holiday, 2-5 (19),
                                        // 8 May coronation bank holiday, 9 (20)
                                        "T11_FINAL_RESPONSE ALTERNATIVE_READING 2023-05-09"),
                                step(EventType.PANEL_REPORT_RECEIVED, "2023-04-12", ALLOWED, Stage.PANEL_REPORTED,
                                        List.of("STAGE-3-PANEL-REPORT"),
                                        // T11, 15 WD from 12 Apr: 13-14 (2), 17-28 (12), 1 May bank holiday, 2-4 (15)
                                        "T11_FINAL_RESPONSE DUE 2023-05-04", "T11_FINAL_RESPONSE ALTERNATIVE_READING 2023-05-09"),
                                step(EventType.FINAL_RESPONSE_SENT, "2023-05-03", ALLOWED, Stage.CLOSED,
                                        List.of("STAGE-3-FINAL-RESPONSE")),
                                step(EventType.REFERRED_TO_OMBUDSMAN, "2023-06-01", ALLOWED, Stage.REFERRED_TO_OMBUDSMAN,
                                        List.of("STAGE-OMBUDSMAN")))),
                Arguments.of("stage 1 extended over the state funeral, then stage 2 when stage 1 is overdue (reg. 14, A2, A5)",
                        DEFAULTS, received(LocalDate.of(2022, 9, 13)),
                        // received Tue 13 Sep 2022. 10 WD: 14-16 (3), 19 funeral, 20-23 (7), 26-28 (10).
                        // 20 WD: 29-30 (12), 3-7 Oct (17), 10-12 (20)
                        List.of(
                                step(ProcessEvent.stage1Extended(LocalDate.of(2022, 9, 20), 20, "complex: three services involved"),
                                        ALLOWED, Stage.STAGE_1, List.of("STAGE-1-EXTENSION", "STAGE-1-EXTENSION-WITH-REASON"),
                                        "T2_STAGE_1_RESPONSE DUE 2022-10-12", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2022-10-12"),
                                step(ProcessEvent.stage1Extended(LocalDate.of(2022, 9, 21), 25, "more time"),
                                        REFUSED, Stage.STAGE_1, List.of("STAGE-1-EXTENSION-MAXIMUM", "STAGE-1-EXTENSION", "STAGE-1-EXTENSION-WITH-REASON"),
                                        "T2_STAGE_1_RESPONSE DUE 2022-10-12", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2022-10-12"),
                                step(ProcessEvent.stage1Extended(LocalDate.of(2022, 9, 21), 15, "shorter"),
                                        REFUSED, Stage.STAGE_1, List.of("STAGE-EXTENSION-NOT-LONGER", "STAGE-1-EXTENSION", "STAGE-1-EXTENSION-WITH-REASON"),
                                        "T2_STAGE_1_RESPONSE DUE 2022-10-12", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2022-10-12"),
                                step(EventType.STAGE_3_REQUESTED, "2022-10-03", REFUSED, Stage.STAGE_1,
                                        List.of("STAGE-NOT-IN-THIS-STAGE"),
                                        "T2_STAGE_1_RESPONSE DUE 2022-10-12", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2022-10-12"),
                                step(EventType.STAGE_2_REQUESTED, "2022-10-05", REFUSED, Stage.STAGE_1,
                                        List.of("STAGE-NOT-IN-THIS-STAGE"),
                                        "T2_STAGE_1_RESPONSE DUE 2022-10-12", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2022-10-12"),
                                step(EventType.STAGE_2_REQUESTED, "2022-10-13", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-REQUEST-STAGE-1-OVERDUE"),
                                        // T6, 25 WD from 13 Oct: 14 (1), 17-21 (6), 24-28 (11), 31 Oct-4 Nov (16), 7-11 (21), 14-17 (25)
                                        "T6_STAGE_2_RESPONSE DUE 2022-11-17",
                                        // 65 WD: 18 (26), 21 Nov-16 Dec (46), 19-23 (51), Christmas, 28-30 (54), 2 Jan, 3-6 (58), 9-13 (63), 16-17 (65)
                                        "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-01-17"),
                                step(ProcessEvent.stage2Extended(LocalDate.of(2022, 11, 10), 40, "the investigating officer is ill"),
                                        ALLOWED, Stage.STAGE_2, List.of("STAGE-2-EXTENSION"),
                                        // 40 WD: 25 on 17 Nov, 18 (26), 21 Nov-2 Dec (36), 5-8 Dec (40)
                                        "T6_STAGE_2_RESPONSE DUE 2022-12-08", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-01-17"),
                                step(ProcessEvent.stage2Extended(LocalDate.of(2022, 11, 11), 70, "a second investigation"),
                                        REFUSED, Stage.STAGE_2, List.of("STAGE-2-EXTENSION-MAXIMUM", "STAGE-2-EXTENSION"),
                                        "T6_STAGE_2_RESPONSE DUE 2022-12-08", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-01-17"),
                                step(EventType.STAGE_2_RESPONSE_SENT, "2022-11-01", REFUSED, Stage.STAGE_2,
                                        List.of("STAGE-DATED-BEFORE-LAST-EVENT", "STAGE-2-RESPONSE", "STAGE-2-RESPONSE-WITHOUT-INDEPENDENT-PERSON"),
                                        "T6_STAGE_2_RESPONSE DUE 2022-12-08", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-01-17"),
                                step(EventType.REFERRED_TO_OMBUDSMAN, "2022-11-15", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-OMBUDSMAN", "STAGE-OMBUDSMAN-PREMATURE"),
                                        "T6_STAGE_2_RESPONSE DUE 2022-12-08", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-01-17"),
                                step(EventType.WITHDRAWN, "2022-11-16", ALLOWED, Stage.WITHDRAWN, List.of("STAGE-WITHDRAWN")),
                                step(EventType.REFERRED_TO_OMBUDSMAN, "2022-11-20", ALLOWED, Stage.REFERRED_TO_OMBUDSMAN,
                                        List.of("STAGE-OMBUDSMAN")),
                                step(EventType.RESOLVED, "2022-11-21", REFUSED, Stage.REFERRED_TO_OMBUDSMAN,
                                        List.of("STAGE-NOT-IN-THIS-STAGE")))),
                Arguments.of("late requests are for the council to accept, never refused (A4, A9); a gatekeeping council must "
                                + "decide (A17), and may decline with reasons",
                        LocalPolicy.builder().gatekeeping(LocalPolicy.Gatekeeping.COUNCIL_DISCRETION).build(),
                        received(LocalDate.of(2024, 3, 1)),
                        // received Fri 1 Mar 2024. 10 WD: 4-8 (5), 11-15 (10)
                        List.of(
                                step(EventType.STAGE_1_RESPONSE_SENT, "2024-03-15", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"),
                                        // T4, 20 WD from 15 Mar: 18-22 (5), 25-28 (9), 29 Good Friday, 1 Apr Easter Monday, 2-5 (13), 8-12 (18), 15-16 (20)
                                        "T4_STAGE_2_REQUEST DUE 2024-04-16"),
                                step(EventType.STAGE_2_REQUESTED, "2024-04-17", DISCRETION, Stage.STAGE_2,
                                        List.of("STAGE-2-REQUEST-LATE", "STAGE-GATEKEEPING-DISCRETION", "STAGE-2-REQUEST"),
                                        // T6, 25 WD from 17 Apr: 18-19 (2), 22-26 (7), 29-30 Apr (9), 1-3 May (12), 6 May bank holiday,
                                        // 7-10 (16), 13-17 (21), 20-23 (25)
                                        "T6_STAGE_2_RESPONSE DUE 2024-05-23",
                                        // 65 WD: 24 (26), 27 May bank holiday, 28-31 (30), June (50: 3-28), 1-26 Jul (70)... 65th: 19 Jul
                                        "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2024-07-19"),
                                // M2, s26(4), reg. 17(2): no independent person took part: recorded, with the finding
                                step(EventType.STAGE_2_RESPONSE_SENT, "2024-05-20", DISCRETION, Stage.STAGE_2_RESPONDED,
                                        List.of("STAGE-2-RESPONSE", "STAGE-2-RESPONSE-WITHOUT-INDEPENDENT-PERSON"),
                                        // T8, 20 WD from 20 May: 21-24 (4), 27 bank holiday, 28-31 (8), 3-7 Jun (13), 10-14 (18), 17-18 (20)
                                        "T8_STAGE_3_REQUEST DUE 2024-06-18"),
                                step(EventType.STAGE_3_REQUESTED, "2024-06-19", DISCRETION, Stage.STAGE_3_REQUESTED,
                                        List.of("STAGE-3-REQUEST-LATE", "STAGE-GATEKEEPING-DISCRETION", "STAGE-3-REQUEST"),
                                        // T9, 30 WD from 19 Jun: 20-21 (2), 24-28 (7), 1-26 Jul (27), 29-31 (30)
                                        "T9_REVIEW_PANEL DUE 2024-07-31"),
                                step(ProcessEvent.requestDeclined(LocalDate.of(2024, 6, 25), "late, and the panel could add nothing"),
                                        ALLOWED, Stage.DECLINED, List.of("STAGE-REQUEST-DECLINED")),
                                step(EventType.REFERRED_TO_OMBUDSMAN, "2024-07-01", ALLOWED, Stage.REFERRED_TO_OMBUDSMAN,
                                        List.of("STAGE-OMBUDSMAN")))),
                Arguments.of("an extension after the deadline refused; stage 2 when stage 1 is overdue (A5); beyond 65 days "
                                + "where 65 is a target (A8); withdrawn at stage 2",
                        LocalPolicy.builder().stage2MaximumIsHardCap(false).build(),
                        received(LocalDate.of(2025, 6, 2)),
                        List.of(
                                step(ProcessEvent.stage1Extended(LocalDate.of(2025, 6, 18), 20, "too late"),
                                        REFUSED, Stage.STAGE_1, List.of("STAGE-EXTENSION-AFTER-DEADLINE", "STAGE-1-EXTENSION", "STAGE-1-EXTENSION-WITH-REASON"),
                                        // 10 WD from Mon 2 Jun 2025: 3-6 (4), 9-13 (9), 16 (10); 20 WD: 17-20 (14), 23-27 (19), 30 (20)
                                        "T2_STAGE_1_RESPONSE DUE 2025-06-16", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2025-06-30"),
                                step(EventType.STAGE_2_REQUESTED, "2025-06-20", ALLOWED, Stage.STAGE_2,
                                        // 10 WD from Mon 2 Jun 2025: 3-6 (4), 9-13 (9), 16 (10): overdue on 20 Jun
                                        List.of("STAGE-2-REQUEST-STAGE-1-OVERDUE"),
                                        // T6 25 WD from 20 Jun: 23-27 (5), 30 Jun-4 Jul (10), 7-11 (15), 14-18 (20), 21-25 (25)
                                        "T6_STAGE_2_RESPONSE DUE 2025-07-25",
                                        // 65 WD: 28 Jul-22 Aug (45), 25 Aug bank holiday, 26-29 (49), 1-19 Sep (64), 22 (65)
                                        "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2025-09-22"),
                                step(ProcessEvent.stage2Extended(LocalDate.of(2025, 7, 1), 70, "the panel of experts"),
                                        DISCRETION, Stage.STAGE_2, List.of("STAGE-2-EXTENSION-BEYOND-TARGET", "STAGE-2-EXTENSION"),
                                        // 70 WD: 65 on 22 Sep, 23-26 (69), 29 (70)
                                        "T6_STAGE_2_RESPONSE DUE 2025-09-29", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2025-09-22"),
                                step(EventType.WITHDRAWN, "2025-07-02", ALLOWED, Stage.WITHDRAWN, List.of("STAGE-WITHDRAWN")))),
                Arguments.of("a request for stage 2 on the window's last day is in time (A4) and cannot be declined; resolved",
                        DEFAULTS,
                        received(LocalDate.of(2024, 3, 1)),
                        List.of(
                                step(EventType.STAGE_1_RESPONSE_SENT, "2024-03-15", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"), "T4_STAGE_2_REQUEST DUE 2024-04-16"),
                                step(EventType.STAGE_2_REQUESTED, "2024-04-16", ALLOWED, Stage.STAGE_2, List.of("STAGE-2-REQUEST"),
                                        "T6_STAGE_2_RESPONSE DUE 2024-05-22", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2024-07-18"),
                                step(ProcessEvent.requestDeclined(LocalDate.of(2024, 4, 18), "we would rather not"),
                                        REFUSED, Stage.STAGE_2, List.of("STAGE-DECLINE-NOT-THE-COUNCILS", "STAGE-NOT-IN-THIS-STAGE"),
                                        "T6_STAGE_2_RESPONSE DUE 2024-05-22", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2024-07-18"),
                                step(EventType.RESOLVED, "2024-05-01", ALLOWED, Stage.RESOLVED, List.of("STAGE-RESOLVED")),
                                step(EventType.RESOLVED, "2024-05-02", REFUSED, Stage.RESOLVED,
                                        List.of("STAGE-ALREADY-HAPPENED", "STAGE-NOT-IN-THIS-STAGE")))),
                Arguments.of("a request for stage 2 a day after the window is for the council to accept (A4)", DEFAULTS,
                        received(LocalDate.of(2024, 3, 1)),
                        List.of(
                                step(EventType.STAGE_1_RESPONSE_SENT, "2024-03-15", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"), "T4_STAGE_2_REQUEST DUE 2024-04-16"),
                                step(EventType.STAGE_2_REQUESTED, "2024-04-17", DISCRETION, Stage.STAGE_2,
                                        List.of("STAGE-2-REQUEST-LATE", "STAGE-2-REQUEST"),
                                        "T6_STAGE_2_RESPONSE DUE 2024-05-23", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2024-07-19"))),
                Arguments.of("a response sent by post is deemed received two working days later, and the window runs from then (A9)",
                        DEFAULTS, received(LocalDate.of(2024, 3, 1)),
                        List.of(
                                step(ProcessEvent.responseSent(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2024, 3, 15), Delivery.POST),
                                        ALLOWED, Stage.STAGE_1_RESPONDED, List.of("STAGE-1-RESPONSE"),
                                        // posted Fri 15 Mar, deemed received Tue 19 Mar (18, 19); T4 from 19 Mar: 20-22 (3),
                                        // 25-28 (7), Good Friday, Easter Monday, 2-5 Apr (11), 8-12 (16), 15-18 (20)
                                        "T4_STAGE_2_REQUEST DUE 2024-04-18"),
                                step(EventType.STAGE_2_REQUESTED, "2024-04-17", ALLOWED, Stage.STAGE_2, List.of("STAGE-2-REQUEST"),
                                        "T6_STAGE_2_RESPONSE DUE 2024-05-23", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2024-07-19"))),
                Arguments.of("a council that caps stage 1 extensions at 15 working days and allows them only for complexity "
                                + "(A2), and gatekeeps stage 2 on statutory grounds only (A17), may not decline a request made in time "
                                + "(W2, LGSCO 22 008 976, 21 016 388)",
                        LocalPolicy.builder().stage1ExtensionCondition(LocalPolicy.Stage1ExtensionCondition.COMPLEXITY)
                                .stage1ExtensionMaximumWorkingDays(15)
                                .gatekeeping(LocalPolicy.Gatekeeping.REASONED_REFUSAL_ON_STATUTORY_GROUNDS).build(),
                        received(LocalDate.of(2025, 6, 2)),
                        List.of(
                                step(ProcessEvent.stage1Extended(LocalDate.of(2025, 6, 9), 18, "complex: three services involved"),
                                        REFUSED, Stage.STAGE_1, List.of("STAGE-1-EXTENSION-COUNCIL-CAP", "STAGE-1-EXTENSION",
                                                "STAGE-1-EXTENSION-COMPLEX"),
                                        // from Mon 2 Jun 2025: 10 WD: 3-6 (4), 9-13 (9), 16 (10); the cap, 15 WD: 17-20 (14), 23 (15)
                                        "T2_STAGE_1_RESPONSE DUE 2025-06-16", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2025-06-23"),
                                step(ProcessEvent.stage1Extended(LocalDate.of(2025, 6, 10), 15, "complex: three services involved"),
                                        ALLOWED, Stage.STAGE_1, List.of("STAGE-1-EXTENSION", "STAGE-1-EXTENSION-COMPLEX"),
                                        "T2_STAGE_1_RESPONSE DUE 2025-06-23", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2025-06-23"),
                                step(EventType.STAGE_1_RESPONSE_SENT, "2025-06-20", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"),
                                        // T4 from Fri 20 Jun: 23-27 (5), 30 Jun-4 Jul (10), 7-11 (15), 14-18 (20)
                                        "T4_STAGE_2_REQUEST DUE 2025-07-18"),
                                step(EventType.STAGE_2_REQUESTED, "2025-07-01", DISCRETION, Stage.STAGE_2,
                                        List.of("STAGE-GATEKEEPING-STATUTORY-GROUNDS", "STAGE-2-REQUEST"),
                                        // T6 from Tue 1 Jul: 2-4 (3), 7-11 (8), 14-18 (13), 21-25 (18), 28 Jul-1 Aug (23), 4-5 (25)
                                        "T6_STAGE_2_RESPONSE DUE 2025-08-05",
                                        // 65: 6-8 Aug (28), 11-22 (38), 25 Aug bank holiday, 26 Aug-26 Sep (62), 29-30 (64), 1 Oct (65)
                                        "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2025-10-01"),
                                step(ProcessEvent.requestDeclined(LocalDate.of(2025, 7, 3), "nothing further to add beyond stage 1"),
                                        REFUSED, Stage.STAGE_2, List.of("STAGE-DECLINE-NOT-THE-COUNCILS", "STAGE-NOT-IN-THIS-STAGE"),
                                        "T6_STAGE_2_RESPONSE DUE 2025-08-05", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2025-10-01"))),
                Arguments.of("a gatekeeping council (A17) cannot decline a request for stage 2 once it has acted on it",
                        LocalPolicy.builder().gatekeeping(LocalPolicy.Gatekeeping.COUNCIL_DISCRETION).build(),
                        received(LocalDate.of(2025, 6, 2)),
                        List.of(
                                step(EventType.STAGE_1_RESPONSE_SENT, "2025-06-13", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"),
                                        // T4 from Fri 13 Jun: 16-20 (5), 23-27 (10), 30 Jun-4 Jul (15), 7-11 (20)
                                        "T4_STAGE_2_REQUEST DUE 2025-07-11"),
                                step(EventType.STAGE_2_REQUESTED, "2025-06-20", DISCRETION, Stage.STAGE_2,
                                        List.of("STAGE-GATEKEEPING-DISCRETION", "STAGE-2-REQUEST"),
                                        // T6 25 WD from Fri 20 Jun: 23-27 (5), 30 Jun-4 Jul (10), 7-11 (15), 14-18 (20), 21-25 (25);
                                        // 65 WD: 28 Jul-22 Aug (45), 25 Aug bank holiday, 26-29 (49), 1-19 Sep (64), 22 (65)
                                        "T6_STAGE_2_RESPONSE DUE 2025-07-25", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2025-09-22"),
                                step(EventType.STATEMENT_OF_COMPLAINT_AGREED, "2025-06-27", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-STATEMENT"),
                                        "T6_STAGE_2_RESPONSE DUE 2025-07-25", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2025-09-22"),
                                step(ProcessEvent.requestDeclined(LocalDate.of(2025, 7, 1), "on reflection, nothing to add"),
                                        REFUSED, Stage.STAGE_2, List.of("STAGE-DECLINE-ACTED-ON", "STAGE-DECLINE-NOT-THE-COUNCILS", "STAGE-NOT-IN-THIS-STAGE"),
                                        "T6_STAGE_2_RESPONSE DUE 2025-07-25", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2025-09-22"))),
                Arguments.of("a council that extends stage 1 only with the complainant's agreement (A2)",
                        LocalPolicy.builder().stage1ExtensionCondition(LocalPolicy.Stage1ExtensionCondition.COMPLAINANT_AGREEMENT).build(),
                        received(LocalDate.of(2025, 6, 2)),
                        List.of(
                                step(ProcessEvent.stage1Extended(LocalDate.of(2025, 6, 10), 15, "agreed with the complainant on 9 June"),
                                        ALLOWED, Stage.STAGE_1, List.of("STAGE-1-EXTENSION", "STAGE-1-EXTENSION-AGREED"),
                                        "T2_STAGE_1_RESPONSE DUE 2025-06-23", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2025-06-30"))),
                Arguments.of("a council that extends stage 1 where it needs more time (A2)",
                        LocalPolicy.builder().stage1ExtensionCondition(LocalPolicy.Stage1ExtensionCondition.AUTOMATIC).build(),
                        received(LocalDate.of(2025, 6, 2)),
                        List.of(
                                step(ProcessEvent.stage1Extended(LocalDate.of(2025, 6, 10), 15, "the social worker is away"),
                                        ALLOWED, Stage.STAGE_1, List.of("STAGE-1-EXTENSION", "STAGE-1-EXTENSION-AUTOMATIC"),
                                        "T2_STAGE_1_RESPONSE DUE 2025-06-23", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2025-06-30"))),
                Arguments.of("a council's own readings: clock from the reg. 12 decision (A3), no stage 2 while stage 1 is "
                                + "merely overdue (A5), stage 2 from the agreed statement (A6), a 10-day adjudication target (A7), "
                                + "no panel + 20 reading (A11)",
                        LocalPolicy.builder().stage2WhenStage1Overdue(false)
                                .stage2ClockStart(LocalPolicy.Stage2ClockStart.STATEMENT_OF_COMPLAINT_AGREED)
                                .adjudicationTargetWorkingDays(10).finalResponseAlsoFromPanel(false).build(),
                        // received Thu 1 Jun 2023, reg. 12 decision Thu 8 Jun. 10 WD: 9 (1), 12-16 (6), 19-22 (10);
                        // 20 WD: 23 (11), 26-30 (16), 3-6 Jul (20)
                        received(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 8)),
                        List.of(
                                step(EventType.STAGE_2_REQUESTED, "2023-06-26", REFUSED, Stage.STAGE_1,
                                        List.of("STAGE-NOT-IN-THIS-STAGE"),
                                        "T2_STAGE_1_RESPONSE DUE 2023-06-22", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2023-07-06"),
                                step(EventType.STAGE_1_RESPONSE_SENT, "2023-06-27", ALLOWED, Stage.STAGE_1_RESPONDED,
                                        List.of("STAGE-1-RESPONSE"),
                                        // T4: 28-30 (3), 3-7 Jul (8), 10-14 (13), 17-21 (18), 24-25 (20)
                                        "T4_STAGE_2_REQUEST DUE 2023-07-25"),
                                step(EventType.STAGE_2_REQUESTED, "2023-07-03", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-REQUEST"),
                                        // the reading from the request, shown beside (A6): 4-7 Jul (4), 10-14 (9), 17-21 (14),
                                        // 24-28 (19), 31 Jul-4 Aug (24), 7 (25)
                                        "T6_STAGE_2_RESPONSE ALTERNATIVE_READING 2023-08-07",
                                        // W6, LGSCO 23 013 837: the 65 WD maximum from the request runs whatever the statement: from Mon 3 Jul:
                                        // 4-7 (4), 10 Jul-25 Aug (39), 28 Aug bank holiday, 29 Aug-1 Sep (43), 4-29 Sep (63), 2 Oct (64), 3 Oct (65)
                                        "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-10-03"),
                                step(EventType.STATEMENT_OF_COMPLAINT_AGREED, "2023-07-10", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-STATEMENT"),
                                        // T6 from 10 Jul: 11-14 (4), 17-21 (9), 24-28 (14), 31 Jul-4 Aug (19), 7-11 (24), 14 (25)
                                        "T6_STAGE_2_RESPONSE DUE 2023-08-14",
                                        // 65: 15-18 (29), 21-25 (34), 28 Aug bank holiday, 29 Aug-1 Sep (38), 4-29 Sep (58), 2-6 Oct (63), 9-10 (65)
                                        "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-10-10",
                                        "T6_STAGE_2_RESPONSE ALTERNATIVE_READING 2023-08-07", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-10-03"),
                                step(EventType.INVESTIGATION_REPORT_RECEIVED, "2023-08-01", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-REPORT"),
                                        "T6_STAGE_2_RESPONSE DUE 2023-08-14", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-10-10",
                                        "T6_STAGE_2_RESPONSE ALTERNATIVE_READING 2023-08-07", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-10-03",
                                        // T7, 10 WD from 1 Aug: 2-4 (3), 7-11 (8), 14-15 (10)
                                        "T7_STAGE_2_ADJUDICATION DUE 2023-08-15"),
                                step(EventType.INDEPENDENT_PERSON_APPOINTED, "2023-08-01", ALLOWED, Stage.STAGE_2,
                                        List.of("STAGE-2-INDEPENDENT-PERSON"),
                                        "T6_STAGE_2_RESPONSE DUE 2023-08-14", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-10-10",
                                        "T6_STAGE_2_RESPONSE ALTERNATIVE_READING 2023-08-07", "T6_STAGE_2_RESPONSE LATEST_IF_EXTENDED 2023-10-03",
                                        "T7_STAGE_2_ADJUDICATION DUE 2023-08-15"),
                                step(EventType.STAGE_2_RESPONSE_SENT, "2023-08-10", ALLOWED, Stage.STAGE_2_RESPONDED,
                                        List.of("STAGE-2-RESPONSE"),
                                        // T8: 11 (1), 14-18 (6), 21-25 (11), 28 bank holiday, 29 Aug-1 Sep (15), 4-8 (20)
                                        "T8_STAGE_3_REQUEST DUE 2023-09-08"),
                                step(EventType.STAGE_3_REQUESTED, "2023-08-20", ALLOWED, Stage.STAGE_3_REQUESTED,
                                        List.of("STAGE-3-REQUEST"),
                                        // T9 from Sun 20 Aug: 21-25 (5), 28 bank holiday, 29 Aug-1 Sep (9), 4-29 Sep (29), 2 Oct (30)
                                        "T9_REVIEW_PANEL DUE 2023-10-02"),
                                step(EventType.PANEL_HELD, "2023-09-15", ALLOWED, Stage.PANEL_HELD, List.of("STAGE-3-PANEL"),
                                        "T10_PANEL_REPORT DUE 2023-09-22"),
                                step(EventType.PANEL_REPORT_RECEIVED, "2023-09-20", ALLOWED, Stage.PANEL_REPORTED,
                                        List.of("STAGE-3-PANEL-REPORT"),
                                        // T11: 21-22 (2), 25-29 (7), 2-6 Oct (12), 9-11 (15)
                                        "T11_FINAL_RESPONSE DUE 2023-10-11"),
                                step(EventType.FINAL_RESPONSE_SENT, "2023-10-11", ALLOWED, Stage.CLOSED,
                                        List.of("STAGE-3-FINAL-RESPONSE")),
                                step(EventType.WITHDRAWN, "2023-10-12", REFUSED, Stage.CLOSED,
                                        List.of("STAGE-NOT-IN-THIS-STAGE")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    void aJourneyStepByStep(String journey, LocalPolicy policy, ComplaintState start, List<Step> steps) {
        ComplaintProcess process = process(policy);
        ComplaintState state = start.withBasis(DeadlineBasis.of(policy, start.received())); // each journey is received under its own policy
        for (Step step : steps) {
            Transition transition = process.apply(state, step.event());
            String where = journey + ", " + step.event().type() + " on " + step.event().date();
            assertThat(transition.outcome()).as(where).isEqualTo(step.outcome());
            assertThat(transition.rulings()).as(where).extracting(r -> r.ruleId()).containsExactlyInAnyOrderElementsOf(step.rules());
            assertThat(transition.state().stage()).as(where).isEqualTo(step.stage());
            assertThat(transition.deadlines()).as(where).extracting(JourneysTest::describe)
                    .containsExactlyInAnyOrderElementsOf(step.deadlines());
            assertThat(transition.deadlines()).as(where).isSorted();
            if (step.outcome() == REFUSED) {
                assertThat(transition.state()).as(where + ": a refused event leaves the state as it was").isEqualTo(state);
            }
            assertThat(process.deadlines(transition.state())).as(where).isEqualTo(transition.deadlines());
            state = transition.state();
        }
    }

    /** M1, reg. 8: while the whole complaint is suspended its deadlines say SUSPENDED, never BREACHED, on any day. */
    @Test
    void whileSuspendedEveryDeadlineSaysSuspended() {
        ComplaintProcess process = process(DEFAULTS);
        Transition suspension = process.apply(received(LocalDate.of(2026, 3, 2)),
                ProcessEvent.suspended(LocalDate.of(2026, 3, 4), "care proceedings"));
        assertThat(suspension.notices()).as("the complainant is told in writing why").containsExactly(WrittenNotice.COMPLAINANT);
        ComplaintState suspended = suspension.state();
        assertThat(suspended.isSuspended()).isTrue();
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 11, 23))) {
            assertThat(process.status(suspended, day)).as("on %s", day).hasSize(2)
                    .allSatisfy(status -> assertThat(status.status()).isEqualTo(DeadlineStatus.Status.SUSPENDED));
        }
        ComplaintState resumed = process.apply(suspended, ProcessEvent.of(EventType.CONSIDERATION_RESUMED,
                LocalDate.of(2026, 4, 13))).state();
        assertThat(process.status(resumed, LocalDate.of(2026, 4, 24))).extracting(status -> status.status())
                .containsExactly(DeadlineStatus.Status.BREACHED, DeadlineStatus.Status.RUNNING);
        assertThat(resumed.suspensions()).singleElement().satisfies(recorded -> {
            assertThat(recorded.suspended()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(recorded.resumed()).isEqualTo(LocalDate.of(2026, 4, 13));
            assertThat(recorded.whole()).isTrue();
        });
        assertThat(process.deadlines(resumed)).allSatisfy(deadline -> assertThat(deadline.provision().citation().sections())
                .contains("si2006-reg8", "procedure-suspension"));
    }

    /**
     * M9 and W4: once stage 2's maximum has passed, status says the complainant may go to the
     * Ombudsman now, and ask for a review panel where the council allows it; a stage 1 response
     * overdue lets them ask for stage 2 (the default). Stage 2 from Wed 14 Jan 2026: 65 working days
     * = Fri 17 Apr; stage 1 from Fri 2 Jan: 10 working days = Fri 16 Jan.
     */
    @Test
    void onceOutOfTimeStatusSaysWhatTheComplainantMayDoNow() {
        for (boolean panel : new boolean[] {false, true}) {
            LocalPolicy policy = LocalPolicy.builder().stage3WhenStage2Overdue(panel).build();
            ComplaintProcess process = process(policy);
            ComplaintState received = ComplaintState.receivedOn(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2),
                    DeadlineBasis.of(policy, LocalDate.of(2026, 1, 2)));
            assertThat(process.status(received, LocalDate.of(2026, 1, 19))).extracting(DeadlineStatus::complainantMay)
                    .containsExactly(List.of(ComplainantOption.STAGE_2), List.of());
            ComplaintState stage2 = process.apply(process.apply(received, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT,
                    LocalDate.of(2026, 1, 12))).state(), ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 1, 14))).state();
            assertThat(process.status(stage2, LocalDate.of(2026, 4, 17))).allSatisfy(status ->
                    assertThat(status.complainantMay()).as("on the maximum's own day, nothing yet").isEmpty());
            assertThat(process.status(stage2, LocalDate.of(2026, 4, 20))).extracting(DeadlineStatus::complainantMay)
                    .containsExactly(List.of(), panel ? List.of(ComplainantOption.OMBUDSMAN_NOW, ComplainantOption.REVIEW_PANEL)
                            : List.of(ComplainantOption.OMBUDSMAN_NOW));
        }
    }

    /**
     * W4 (Local Government Act 1974 s26(5), LGSCO 24 004 450) under every value of every setting that
     * shapes stage 2's clock or maximum: once 65 working days from the request have passed with no
     * response (Wed 14 Jan 2026 + 65 = Fri 17 Apr), a referral is never premature, and status offers
     * the Ombudsman; the day before the maximum, it is premature.
     */
    @Test
    void noSettingKeepsAReferralPrematureOnceStage2IsOutOfTime() {
        for (boolean hardCap : new boolean[] {true, false}) {
            for (LocalPolicy.Stage2ClockStart clockStart : LocalPolicy.Stage2ClockStart.values()) {
                for (boolean panel : new boolean[] {true, false}) {
                    LocalPolicy policy = LocalPolicy.builder().stage2MaximumIsHardCap(hardCap).stage2ClockStart(clockStart)
                            .stage3WhenStage2Overdue(panel).build();
                    String where = "hard cap " + hardCap + ", clock from " + clockStart + ", panel when overdue " + panel;
                    ComplaintProcess process = process(policy);
                    ComplaintState state = ComplaintState.receivedOn(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2),
                            DeadlineBasis.of(policy, LocalDate.of(2026, 1, 2)));
                    state = process.apply(state, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 1, 12))).state();
                    state = process.apply(state, ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 1, 14))).state();
                    assertThat(process.apply(state, ProcessEvent.of(EventType.REFERRED_TO_OMBUDSMAN, LocalDate.of(2026, 4, 17)))
                            .state().stage()).as(where).isEqualTo(Stage.STAGE_2);
                    Transition late = process.apply(state, ProcessEvent.of(EventType.REFERRED_TO_OMBUDSMAN, LocalDate.of(2026, 4, 20)));
                    assertThat(late.state().stage()).as(where).isEqualTo(Stage.REFERRED_TO_OMBUDSMAN);
                    assertThat(late.rulings()).as(where).extracting(Ruling::ruleId).containsExactlyInAnyOrder("STAGE-OMBUDSMAN",
                            "STAGE-OMBUDSMAN-COUNCIL-OUT-OF-TIME", "STAGE-2-OUT-OF-TIME");
                    assertThat(process.status(state, LocalDate.of(2026, 4, 20))).as(where)
                            .anySatisfy(status -> assertThat(status.complainantMay()).contains(ComplainantOption.OMBUDSMAN_NOW));
                }
            }
        }
    }

    /**
     * M1: a clock that would have started while the complaint was suspended (the reg. 12 decision
     * after a suspension from receipt's week) starts on the resumption. Stage 1 from Mon 2 Mar 2026:
     * 3-6 (4), 9-13 (9), 16 (10); 17-20 (14), 23-27 (19), 30 (20).
     */
    @Test
    void aClockThatWouldStartWhileSuspendedRunsFromTheResumption() {
        ComplaintProcess process = process(DEFAULTS);
        ComplaintState state = received(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19));
        state = process.apply(state, ProcessEvent.suspended(LocalDate.of(2026, 1, 7), "police investigation")).state();
        state = process.apply(state, ProcessEvent.of(EventType.CONSIDERATION_RESUMED, LocalDate.of(2026, 3, 2))).state();
        assertThat(process.deadlines(state)).extracting(JourneysTest::describe)
                .containsExactly("T2_STAGE_1_RESPONSE DUE 2026-03-16", "T2_STAGE_1_RESPONSE LATEST_IF_EXTENDED 2026-03-30");
        assertThat(process.status(state, LocalDate.of(2026, 3, 2)))
                .allSatisfy(status -> assertThat(status.status()).isEqualTo(DeadlineStatus.Status.RUNNING));
    }

    /**
     * M1 and W4: a complaint that leaves the procedure while suspended is no longer suspended, so a
     * fresh stage 2 can follow; while it is suspended, status offers the Ombudsman but not the next
     * stage, which waits for the resumption. Stage 2 from Mon 13 Jan 2025: 65 working days = Mon 14 Apr.
     */
    @Test
    void aSuspensionEndsWithTheComplaintAndHoldsBackTheNextStage() {
        ComplaintProcess process = process(DEFAULTS);
        ComplaintState state = received(LocalDate.of(2025, 1, 2));
        state = process.apply(state, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2025, 1, 10))).state();
        state = process.apply(state, ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2025, 1, 13))).state();
        state = process.apply(state, ProcessEvent.suspended(LocalDate.of(2025, 6, 2), "court proceedings")).state();
        assertThat(process.status(state, LocalDate.of(2025, 6, 3))).extracting(DeadlineStatus::complainantMay)
                .containsExactly(List.of(), List.of(ComplainantOption.OMBUDSMAN_NOW));
        Transition referred = process.apply(state, ProcessEvent.of(EventType.REFERRED_TO_OMBUDSMAN, LocalDate.of(2025, 6, 4)));
        assertThat(referred.state().stage()).isEqualTo(Stage.REFERRED_TO_OMBUDSMAN);
        assertThat(referred.state().isSuspended()).isFalse();
        assertThat(referred.state().suspensions()).singleElement()
                .satisfies(suspension -> assertThat(suspension.resumed()).isEqualTo(LocalDate.of(2025, 6, 4)));
        assertThat(process.apply(referred.state(), ProcessEvent.stage2Reopened(LocalDate.of(2025, 9, 1), "the Ombudsman "
                + "recommends a fresh stage 2")).outcome()).isEqualTo(ALLOWED);
    }

    /**
     * The council's own adjudication target (T7) is not a maximum: past it, while stage 2 runs, a
     * referral is premature and status offers nothing. T7 from Thu 5 Mar 2026: 5 working days = Thu 12 Mar.
     */
    @Test
    void theCouncilsOwnAdjudicationTargetIsNotAMaximum() {
        LocalPolicy policy = LocalPolicy.builder().adjudicationTargetWorkingDays(5).build();
        ComplaintProcess process = process(policy);
        ComplaintState state = ComplaintState.receivedOn(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 2),
                DeadlineBasis.of(policy, LocalDate.of(2026, 2, 2)));
        state = process.apply(state, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 2, 13))).state();
        state = process.apply(state, ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 3, 4))).state();
        state = process.apply(state, ProcessEvent.of(EventType.INVESTIGATION_REPORT_RECEIVED, LocalDate.of(2026, 3, 5))).state();
        assertThat(process.status(state, LocalDate.of(2026, 3, 20))).filteredOn(s -> s.deadline().timescale()
                        == org.cscrules.core.law.Timescale.T7_STAGE_2_ADJUDICATION)
                .singleElement().satisfies(status -> {
                    assertThat(status.status()).isEqualTo(DeadlineStatus.Status.BREACHED);
                    assertThat(status.complainantMay()).isEmpty();
                });
        Transition referral = process.apply(state, ProcessEvent.of(EventType.REFERRED_TO_OMBUDSMAN, LocalDate.of(2026, 3, 20)));
        assertThat(referral.state().stage()).isEqualTo(Stage.STAGE_2);
        assertThat(referral.rulings()).extracting(Ruling::ruleId).containsExactlyInAnyOrder("STAGE-OMBUDSMAN", "STAGE-OMBUDSMAN-PREMATURE");
    }

    /** W2: once the independent person is appointed, the investigation is under way and a late request can no longer be declined. */
    @Test
    void aLateRequestCannotBeDeclinedOnceTheIndependentPersonIsAppointed() {
        ComplaintProcess process = process(DEFAULTS);
        ComplaintState state = received(LocalDate.of(2026, 2, 2));
        state = process.apply(state, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 3, 3))).state();
        Transition late = process.apply(state, ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 5, 4)));
        assertThat(late.outcome()).isEqualTo(DISCRETION);
        state = process.apply(late.state(), ProcessEvent.of(EventType.INDEPENDENT_PERSON_APPOINTED, LocalDate.of(2026, 5, 5))).state();
        Transition decline = process.apply(state, ProcessEvent.requestDeclined(LocalDate.of(2026, 5, 21), "asked late"));
        assertThat(decline.outcome()).isEqualTo(REFUSED);
        assertThat(decline.rulings()).extracting(Ruling::ruleId).containsExactlyInAnyOrder("STAGE-DECLINE-ACTED-ON", "STAGE-NOT-IN-THIS-STAGE");
    }

    /** M8: a fresh stage 2 keeps the earlier attempt, its events and its extensions, in the complaint's history. */
    @Test
    void aReopenedStageKeepsTheEarlierAttempt() {
        ComplaintProcess process = process(DEFAULTS);
        ComplaintState state = received(LocalDate.of(2026, 1, 2));
        for (ProcessEvent event : List.of(ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 1, 12)),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 1, 14)),
                ProcessEvent.stage2Extended(LocalDate.of(2026, 2, 10), 40, "the investigating officer fell ill"),
                ProcessEvent.responseSent(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2026, 3, 2), Delivery.POST),
                ProcessEvent.of(EventType.REFERRED_TO_OMBUDSMAN, LocalDate.of(2026, 3, 20)),
                ProcessEvent.stage2Reopened(LocalDate.of(2026, 6, 1), "the Ombudsman recommends a fresh stage 2"))) {
            Transition transition = process.apply(state, event);
            assertThat(transition.recorded()).as("%s", event.type()).isTrue();
            state = transition.state();
        }
        assertThat(state.stage()).isEqualTo(Stage.STAGE_2);
        assertThat(state.events()).containsEntry(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 6, 1))
                .containsEntry(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 1, 12))
                .doesNotContainKeys(EventType.STAGE_2_EXTENDED, EventType.STAGE_2_RESPONSE_SENT);
        assertThat(state.extensions()).isEmpty();
        assertThat(state.deliveries()).isEmpty();
        assertThat(state.earlierAttempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.stage()).isEqualTo(Stage.STAGE_2);
            assertThat(attempt.reopened()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(attempt.events()).containsOnlyKeys(EventType.STAGE_2_REQUESTED, EventType.STAGE_2_EXTENDED,
                    EventType.STAGE_2_RESPONSE_SENT);
            assertThat(attempt.extensions()).extracting(extension -> extension.workingDays()).containsExactly(40);
            assertThat(attempt.deliveries()).containsEntry(EventType.STAGE_2_RESPONSE_SENT, Delivery.POST);
        });
        assertThat(process.deadlines(state)).extracting(JourneysTest::describe)
                // T6 from Mon 1 Jun 2026: 2-5 (4), 8 Jun-3 Jul (24), 6 Jul (25)
                .contains("T6_STAGE_2_RESPONSE DUE 2026-07-06");
    }

    /**
     * W2 (LGSCO 22 008 976, 21 016 388) and W6 (23 013 837), under every value of every setting that
     * touches them: no gatekeeping, request window or stage 2 clock start lets a council decline a
     * request for stage 2 or 3 made in time, and reg. 17's maximum always runs from the request.
     */
    @Test
    void noSettingLetsARequestInTimeBeDeclinedOrStage2RunWithoutItsMaximum() {
        for (LocalPolicy.Gatekeeping gatekeeping : LocalPolicy.Gatekeeping.values()) {
            for (int window : new int[] {PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS.minimum().getAsInt(),
                    PolicySetting.STAGE_2_REQUEST_WINDOW_WORKING_DAYS.maximum().getAsInt()}) {
                for (LocalPolicy.Stage2ClockStart clockStart : LocalPolicy.Stage2ClockStart.values()) {
                    LocalPolicy policy = LocalPolicy.builder().gatekeeping(gatekeeping).stage2RequestWindowWorkingDays(window)
                            .stage3RequestWindowWorkingDays(window).stage2ClockStart(clockStart).build();
                    DroolsComplaintProcess process = process(policy);
                    String where = gatekeeping + ", window " + window + ", " + clockStart;
                    ComplaintState state = received(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2));
                    state = process.apply(state, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 1, 12))).state();
                    state = process.apply(state, ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 1, 14))).state();
                    assertThat(process.deadlines(state)).as(where).anyMatch(d -> d.kind() == Deadline.Kind.LATEST_IF_EXTENDED
                            && d.trigger().equals(LocalDate.of(2026, 1, 14)) && d.due().equals(LocalDate.of(2026, 4, 17)));
                    Transition declined = process.apply(state, ProcessEvent.requestDeclined(LocalDate.of(2026, 1, 15), "nothing to add"));
                    assertThat(declined.outcome()).as(where).isEqualTo(REFUSED);
                    assertThat(declined.rulings()).as(where).extracting(Ruling::ruleId)
                            .containsExactlyInAnyOrder("STAGE-DECLINE-NOT-THE-COUNCILS", "STAGE-NOT-IN-THIS-STAGE");
                    state = process.apply(state, ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2026, 2, 2))).state();
                    state = process.apply(state, ProcessEvent.of(EventType.STAGE_3_REQUESTED, LocalDate.of(2026, 2, 3))).state();
                    assertThat(process.apply(state, ProcessEvent.requestDeclined(LocalDate.of(2026, 2, 4), "nothing to add")).outcome())
                            .as(where).isEqualTo(REFUSED);
                }
            }
        }
    }

    /**
     * M2, s26(4), regs. 17(2) and 20(3): where no independent person took part, the stage 2 response
     * and the final response are recorded, each with a machine-readable finding (rule id and
     * citation) that the council must put right; never a silent ALLOWED.
     */
    @Test
    void withoutAnIndependentPersonTheResponsesCarryTheFinding() {
        DroolsComplaintProcess process = process(DEFAULTS);
        ComplaintState state = received(LocalDate.of(2026, 1, 2));
        state = process.apply(state, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 1, 12))).state();
        state = process.apply(state, ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2026, 1, 14))).state();
        Transition response = process.apply(state, ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2026, 2, 16)));
        assertThat(response.outcome()).isEqualTo(DISCRETION);
        assertThat(response.state().stage()).isEqualTo(Stage.STAGE_2_RESPONDED);
        // M3, s26(7) (a reading): the outcome of a stage is told in writing to the complainant, the child, others affected
        assertThat(response.notices()).containsExactly(WrittenNotice.COMPLAINANT, WrittenNotice.CHILD_OF_SUFFICIENT_UNDERSTANDING,
                WrittenNotice.OTHERS_LIKELY_TO_BE_AFFECTED);
        assertThat(process.apply(response.state(), ProcessEvent.of(EventType.PANEL_HELD, LocalDate.of(2026, 2, 17))).notices())
                .as("a refused event, or one that is not an outcome, tells no one").isEmpty();
        assertThat(response.rulings()).extracting(Ruling::ruleId).containsExactlyInAnyOrder("STAGE-2-RESPONSE",
                "STAGE-2-RESPONSE-WITHOUT-INDEPENDENT-PERSON");
        assertThat(response.rulings()).filteredOn(r -> r.ruleId().equals("STAGE-2-RESPONSE-WITHOUT-INDEPENDENT-PERSON"))
                .extracting(r -> r.citation().reference()).containsExactly("Children Act 1989 s26(4); SI 2006/1738 reg. 17");
        state = response.state();
        for (ProcessEvent event : List.of(ProcessEvent.of(EventType.STAGE_3_REQUESTED, LocalDate.of(2026, 2, 20)),
                ProcessEvent.of(EventType.PANEL_HELD, LocalDate.of(2026, 3, 20)),
                ProcessEvent.of(EventType.PANEL_REPORT_RECEIVED, LocalDate.of(2026, 3, 25)))) {
            state = process.apply(state, event).state();
        }
        Transition last = process.apply(state, ProcessEvent.of(EventType.FINAL_RESPONSE_SENT, LocalDate.of(2026, 4, 14)));
        assertThat(last.outcome()).isEqualTo(DISCRETION);
        assertThat(last.state().stage()).isEqualTo(Stage.CLOSED);
        assertThat(last.rulings()).extracting(Ruling::ruleId).containsExactlyInAnyOrder("STAGE-3-FINAL-RESPONSE",
                "STAGE-3-FINAL-RESPONSE-WITHOUT-INDEPENDENT-PERSON");
    }

    /** The stages example of docs/GUIDE.md, line by line, through the public entry point. */
    @Test
    void theReadmeExampleHolds() {
        ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
        ComplaintState state = process.start(LocalDate.of(2022, 12, 12));
        assertThat(process.deadlines(state)).extracting(Deadline::due)
                .containsExactly(LocalDate.of(2022, 12, 28), LocalDate.of(2023, 1, 12));
        Transition t = process.apply(state, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2022, 12, 28)));
        assertThat(t.outcome()).isEqualTo(ALLOWED);
        assertThat(t.rulings()).extracting(r -> r.ruleId() + " " + r.citation().reference())
                .containsExactly("STAGE-1-RESPONSE SI 2006/1738 reg. 14");
        t = process.apply(t.state(), ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2023, 1, 16)));
        assertThat(t.deadlines()).extracting(Deadline::due).containsExactly(LocalDate.of(2023, 2, 20), LocalDate.of(2023, 4, 19));
        Transition refused = process.apply(t.state(), ProcessEvent.of(EventType.PANEL_HELD, LocalDate.of(2023, 2, 1)));
        assertThat(refused.outcome()).isEqualTo(REFUSED);
        assertThat(refused.rulings()).extracting(r -> r.ruleId()).containsExactly("STAGE-NOT-IN-THIS-STAGE");
        assertThat(refused.state()).isEqualTo(t.state());
        assertThat(process.status(t.state(), LocalDate.of(2023, 3, 1))).extracting(DeadlineStatus::status)
                .containsExactly(DeadlineStatus.Status.BREACHED, DeadlineStatus.Status.RUNNING);
    }

    /**
     * STAGE-NOT-IN-THIS-STAGE must run after every rule that may permit the event: it is the one rule
     * in the closed-world agenda group, which fires once the others have; no rule depends on salience.
     */
    @Test
    void theNoPermissionRuleRunsLast() {
        RuleSource.assertOnlyTheClosedWorldRuleIsGrouped("process", RuleBase.process().rules().stream()
                .map(r -> r.getMetaData().get("ruleId").toString()).toList(), "STAGE-NOT-IN-THIS-STAGE");
    }

    @Test
    void theStatusOnADayShowsWhatIsRunningDueAndBreached() {
        ComplaintProcess process = process(DEFAULTS);
        ComplaintState state = received(LocalDate.of(2022, 12, 12)); // due 28 Dec, at most 12 Jan
        assertThat(process.status(state, LocalDate.of(2022, 12, 28))).extracting(DeadlineStatus::status)
                .containsExactly(DeadlineStatus.Status.DUE_TODAY, DeadlineStatus.Status.RUNNING);
        assertThat(process.status(state, LocalDate.of(2023, 1, 3))).extracting(DeadlineStatus::status)
                .containsExactly(DeadlineStatus.Status.BREACHED, DeadlineStatus.Status.RUNNING);
        assertThat(process.status(state)).as("on the clock's day, 23 Nov 2026").extracting(DeadlineStatus::status)
                .containsOnly(DeadlineStatus.Status.BREACHED);
        ComplaintState responded = process.apply(state,
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2022, 12, 28))).state(); // window to 26 Jan
        assertThat(process.status(responded, LocalDate.of(2023, 1, 27))).extracting(DeadlineStatus::status)
                .as("the complainant's window closes; the council breaches nothing").containsExactly(DeadlineStatus.Status.WINDOW_CLOSED);
    }

    @Test
    void deadlinesBeyondTheOfficialDataAreProvisional() {
        ComplaintState state = org.cscrules.core.internal.process.Recording.recording(received(LocalDate.of(2026, 11, 23)),
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2026, 11, 23)));
        assertThat(process(DEFAULTS).deadlines(state)).allMatch(d -> !d.provisional());
        ComplaintProcess later = new DroolsComplaintProcess(DEFAULTS, java.time.Clock.fixed(
                java.time.Instant.parse("2029-06-01T12:00:00Z"), java.time.ZoneOffset.UTC));
        assertThat(later.deadlines(received(LocalDate.of(2029, 5, 1)))).isNotEmpty().allMatch(Deadline::provisional);
    }

    @Test
    void anInvalidStateOrEventIsAClearErrorNotACorruptedState() {
        ComplaintProcess process = process(DEFAULTS);
        ComplaintState impossible = new ComplaintState(Stage.PANEL_HELD, LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 9),
                Map.of(EventType.PANEL_HELD, LocalDate.of(2023, 1, 5)), List.of(), Map.of(), DeadlineBasis.of(DEFAULTS, LocalDate.of(2023, 1, 9)));
        assertThatThrownBy(() -> process.apply(impossible, ProcessEvent.of(EventType.PANEL_REPORT_RECEIVED, LocalDate.of(2023, 2, 1))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.message())
                        .contains("state.events[PANEL_HELD] must not be before the date received",
                                "state.events must include STAGE_2_REQUESTED for stage PANEL_HELD",
                                "state.events must include STAGE_3_REQUESTED for stage PANEL_HELD"));
        assertThatThrownBy(() -> process.apply(received(LocalDate.of(2023, 1, 9)),
                new ProcessEvent(EventType.STAGE_1_EXTENDED, LocalDate.of(2030, 1, 1), null, " ", null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path())
                        .containsExactly("event.date", "event.extendedToWorkingDays", "event.reason"));
        assertThatThrownBy(() -> process.apply(null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("event", "state"));
    }

    /** A status asked of a missing or broken state names each fault, with a bad day, in one error; never a NullPointerException. */
    @Test
    void aStatusOfAnInvalidStateIsAClearError() {
        ComplaintProcess process = process(DEFAULTS);
        assertThatThrownBy(() -> process.status(null, LocalDate.of(2023, 1, 9)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.message()).containsExactly("state must not be null"));
        ComplaintState noBasis = new ComplaintState(Stage.STAGE_1, LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 9),
                Map.of(), List.of(), Map.of(), null);
        assertThatThrownBy(() -> process.status(noBasis, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("state.basis", "today"));
    }

    /** Every stage rule rules in some step: the whole table run by the gate itself, so that any one test passes alone. */
    @AfterAll
    static void everyStageRuleRulesInSomeStep() throws ReflectiveOperationException {
        WholeTable.run(JourneysTest.class, "aJourneyStepByStep", journeys());
        Set<String> all = new TreeSet<>(RuleBase.process().rules().stream()
                .map(r -> r.getMetaData().get("ruleId").toString()).toList());
        all.removeAll(FIRED);
        assertThat(all).as("stage rules that no journey step reaches").isEmpty();
    }

    private static String describe(Deadline deadline) {
        return deadline.timescale() + " " + deadline.kind() + " " + deadline.due();
    }
}
