package org.cscrules.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cscrules.core.Fixtures.BASIS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.Events;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Finding;
import org.cscrules.core.request.PointOfReceipt;
import org.cscrules.core.request.ReceiptMethod;
import org.cscrules.core.request.Reporting;
import org.cscrules.core.request.SampleRequests;
import org.cscrules.core.request.ServiceArea;
import org.junit.jupiter.api.Test;

/**
 * Record sets whose tables are known. The first recreates seed 001 (Cheshire West and Chester,
 * 2016-17): 140 representations, 52 valid complaints; at stage 1 7 upheld, 31 partially upheld,
 * 14 not upheld; responses within 10 working days 14, within 20 with an extension another 20, later
 * 18 (table 7: "responded to 34 within the statutory timescales"). The others are the faults the
 * report had: later stages that fell out of every year, a panel after the year's end shown as not
 * held while its outcome was upheld, a declined request shown as outstanding, "within 20" that did not
 * ask for an extension, a hidden rate that printed a false base, percentages whose rounding was not
 * said.
 */
class AnnualReportTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2016);
    private static final LocalPolicy DEFAULTS = LocalPolicy.statutoryDefaults();

    private static ComplaintRequest request(LocalDate received, Finding stage1, Finding stage2, Finding stage3) {
        return SampleRequests.parentOfChildInNeed()
                .withDates(ComplaintDates.of(received, received.minusDays(20)))
                .withReporting(new Reporting(ReceiptMethod.EMAIL, PointOfReceipt.COMPLAINTS_TEAM, ServiceArea.CHILDREN_IN_NEED,
                        stage1, stage2, stage3));
    }

    private static CaseRecord record(LocalDate received, Finding stage1, Finding stage2, Finding stage3, DeadlineBasis basis,
                                     ProcessEvent... events) {
        ComplaintState state = Events.recorded(ComplaintState.receivedOn(received, received, basis), events);
        return new CaseRecord(request(received, stage1, stage2, stage3), Disposal.VALID_COMPLAINT, state);
    }

    /** A complaint answered at stage 1 after {@code workingDays}, extended first when {@code extended}. */
    private static CaseRecord answered(LocalDate received, int workingDays, Finding finding, boolean extended, DeadlineBasis basis) {
        LocalDate sent = CALENDAR.plusWorkingDays(received, workingDays);
        return extended
                ? record(received, finding, null, null, basis, extension(EventType.STAGE_1_EXTENDED, CALENDAR.plusWorkingDays(received, 5)),
                        ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, sent))
                : record(received, finding, null, null, basis, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, sent));
    }

    /** An extension to the most the law allows: 20 working days at stage 1 (reg. 14), 65 at stage 2 (reg. 17). */
    private static ProcessEvent extension(EventType type, LocalDate day) {
        return new ProcessEvent(type, day, type == EventType.STAGE_1_EXTENDED ? Timescale.T2_STAGE_1_RESPONSE.extendedMaximum()
                : Timescale.T6_STAGE_2_RESPONSE.extendedMaximum(), "complex", null);
    }

    private static List<CaseRecord> seed001() {
        List<CaseRecord> records = new ArrayList<>();
        LocalDate day = LocalDate.of(2016, 4, 4);
        for (int i = 0; i < 52; i++) {
            Finding finding = i % 52 < 7 ? Finding.UPHELD : i < 38 ? Finding.PARTIALLY_UPHELD : Finding.NOT_UPHELD;
            int slot = (i * 5) % 52;
            int days = slot < 14 ? 8 : slot < 34 ? 15 : 25;
            records.add(answered(day, days, finding, days == 15, BASIS));
            day = CALENDAR.plusWorkingDays(day, 3);
        }
        for (int i = 0; i < 88; i++) {
            Disposal disposal = i < 24 ? Disposal.INELIGIBLE : i < 34 ? Disposal.WITHDRAWN : Disposal.ALTERNATIVE_ROUTE;
            records.add(new CaseRecord(request(LocalDate.of(2016, 5, 2).plusDays(i * 3L), null, null, null), disposal, null));
        }
        records.add(answered(LocalDate.of(2017, 4, 3), 5, Finding.UPHELD, false, BASIS)); // the next year: not counted
        return records;
    }

    /** The report year's counts (the last column) of {@code rows}. */
    private static List<Integer> counts(AnnualReport report, String table, String... rows) {
        ReportTable t = report.table(table);
        List<Integer> counts = new ArrayList<>();
        for (String row : rows) {
            List<Integer> all = t.row(row).counts();
            counts.add(all.get(all.size() - 1));
        }
        return counts;
    }

    @Test
    void seed001Tables1To3And7() {
        AnnualReport report = AnnualReport.of(YEAR, seed001(), DEFAULTS);
        assertThat(counts(report, "Representations received", "Valid complaints", "Ineligible", "Withdrawn",
                "Resolved by an alternative route", "Total")).containsExactly(52, 24, 10, 54, 140);
        assertThat(counts(report, "Stage 1 outcomes", "Upheld", "Partially upheld", "Not upheld", "Outstanding at the period's end",
                "Total")).containsExactly(7, 31, 14, 0, 52);
        assertThat(counts(report, "Stage 1 response times", "Within 10 working days", "Within an extension granted (at most 20 working days)",
                "Late", "Total")).containsExactly(14, 20, 18, 52);
        assertThat(report.table("On time").row("Stage 1 responses on time").counts()).endsWith(34, 52);
        assertThat(report.table("Median working days to respond").row("Stage 1 responses").counts())
                .as("14 at 8, 20 at 15, 18 at 25 working days: the 26th and 27th are 15").containsExactly(null, null, 15);
        assertThat(report.toMarkdown(AnnualReport.PUBLICATION_THRESHOLD)).as("a median is not a count: never suppressed")
                .contains("| Stage 1 responses | – | – | 15 |", "| Stage 2 responses | – | – | – |");
        assertThat(report.toMarkdown(0)).contains("| Stage 1 responses on time | 0 of 0 |  | 0 of 0 |  | 34 of 52 | 65% |");
        assertThat(AnnualReport.of(YEAR, seed001(), DEFAULTS, ReportSettings.defaults().withOnTimeTarget(85)).toMarkdown(0))
                .as("seed 001's target of 85%").contains("The council's target is 85% on time. In 2016-17: met by none; not met by "
                        + "Stage 1 responses on time (65%).");
    }

    /** Every value of a breakdown has its row, even one no complaint had (seed 001's "Online 0", "Chief Executive 0"). */
    @Test
    void zeroRowsAreKept() {
        AnnualReport report = AnnualReport.of(YEAR, seed001(), DEFAULTS);
        assertThat(report.table("Stage 1 complaints received by method of receipt").rows()).extracting(ReportTable.Row::label)
                .containsExactly("Letter", "Telephone or verbal", "Email", "Online form", "Feedback form", "In person", "Other", "Total");
    }

    /**
     * The council's own categories (seed 002's Harrow service areas; themes; learning), each a
     * table, every category kept, crossed with stage 2 requests, timeliness and outcome.
     */
    @Test
    void theCouncilsOwnCategoriesAreTables() {
        CouncilTaxonomy harrow = new CouncilTaxonomy(List.of("Targeted Services", "Education and Commissioning", "Special Needs"),
                List.of("Communication", "Delay"), List.of("Apology", "Practice changed"));
        LocalDate received = LocalDate.of(2016, 6, 6);
        CaseRecord targeted = classified(answered(received, 8, Finding.UPHELD, false, BASIS),
                new CouncilClassification("Targeted Services", java.util.Set.of("Communication", "Delay"), java.util.Set.of("Apology")));
        CaseRecord late = classified(answered(received, 25, Finding.NOT_UPHELD, false, BASIS),
                new CouncilClassification("Targeted Services", java.util.Set.of("Delay"), java.util.Set.of()));
        CaseRecord special = classified(record(received, Finding.PARTIALLY_UPHELD, null, null, BASIS,
                        ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2016, 6, 10)),
                        ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2016, 7, 1))),
                new CouncilClassification("Special Needs", null, java.util.Set.of("Practice changed")));
        CaseRecord unclassified = answered(received, 5, Finding.UPHELD, false, BASIS);
        AnnualReport report = AnnualReport.of(YEAR, List.of(targeted, late, special, unclassified), DEFAULTS,
                ReportSettings.defaults().withTaxonomy(harrow));
        assertThat(counts(report, "Stage 1 complaints received by the council's service area", "Targeted Services",
                "Education and Commissioning", "Special Needs", "Not classified", "Total")).containsExactly(2, 0, 1, 1, 4);
        assertThat(counts(report, "Stage 2 requests made by the council's service area", "Special Needs", "Total"))
                .containsExactly(1, 1);
        assertThat(report.table("Stage 1 responses on time, by the council's service area").row("Targeted Services").counts())
                .endsWith(1, 2);
        assertThat(report.table("Stage 1 responses upheld or partly upheld, by the council's service area").row("Special Needs")
                .counts()).endsWith(1, 1);
        assertThat(counts(report, "Themes of the stage 1 complaints received", "Communication", "Delay", "Not classified"))
                .containsExactly(1, 2, 2);
        assertThat(counts(report, "Learning and actions recorded", "Apology", "Practice changed", "Not classified"))
                .containsExactly(1, 1, 2);
        assertThat(AnnualReport.of(YEAR, List.of(targeted), DEFAULTS).tables()).extracting(ReportTable::title)
                .as("no taxonomy, no tables of it").noneMatch(title -> title.contains("council's service area"));
        CaseRecord stray = classified(unclassified, new CouncilClassification("Adult Services", null, null));
        assertThatThrownBy(() -> AnnualReport.of(YEAR, List.of(stray), DEFAULTS, ReportSettings.defaults().withTaxonomy(harrow)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category the council's taxonomy does not have")
                .hasMessageNotContaining("Adult Services");
        assertThatThrownBy(() -> new CouncilTaxonomy(List.of("A", "A"), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * What councils publish beside complaints: seed 002's 36 MP and councillor enquiries (65 the year
     * before) and 10 compliments; seed 001's Ombudsman case "closed after initial enquiries"; a
     * finding against the council with a remedy; no compensation, then one payment.
     */
    @Test
    void whatCouncilsPublishBesideComplaints() {
        List<LocalDate> enquiries = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            enquiries.add(LocalDate.of(2015, 4, 6).plusDays(i * 5L));
        }
        for (int i = 0; i < 36; i++) {
            enquiries.add(LocalDate.of(2016, 4, 6).plusDays(i * 9L));
        }
        List<OtherActivity.Compliment> compliments = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            compliments.add(new OtherActivity.Compliment(LocalDate.of(2016, 5, 1).plusDays(i * 20L), i < 7 ? "Targeted Services" : null));
        }
        OtherActivity other = new OtherActivity(compliments, enquiries, List.of(
                new OtherActivity.OmbudsmanDecision(LocalDate.of(2016, 9, 1), OtherActivity.Decision.CLOSED_AFTER_INITIAL_ENQUIRIES, false),
                new OtherActivity.OmbudsmanDecision(LocalDate.of(2017, 1, 9), OtherActivity.Decision.UPHELD, true)),
                List.of(new OtherActivity.Payment(LocalDate.of(2017, 4, 20), 250)),
                java.util.Collections.nCopies(8, LocalDate.of(2016, 7, 1)), java.util.Collections.nCopies(6, LocalDate.of(2016, 7, 8)));
        CouncilTaxonomy areas = new CouncilTaxonomy(List.of("Targeted Services"), List.of(), List.of());
        AnnualReport report = AnnualReport.of(YEAR, List.of(), DEFAULTS, ReportSettings.defaults().withTaxonomy(areas), other);
        assertThat(report.table("Other activity in the period").row("MP and councillor enquiries").counts()).containsExactly(0, 65, 36);
        assertThat(counts(report, "Compliments received", "Targeted Services", "Not classified", "Total")).containsExactly(7, 3, 10);
        assertThat(report.table("Advocacy (s26A)").row("Children and young people who took up an advocate, out of those offered one")
                .counts()).endsWith(6, 8);
        assertThat(counts(report, "Ombudsman decisions", "Closed after initial enquiries", "Upheld", "Total")).containsExactly(1, 1, 2);
        assertThat(counts(report, "Other activity in the period", "Ombudsman decisions with a remedy agreed",
                "Payments of compensation", "Compensation paid (£)")).containsExactly(1, 0, 0);
        assertThat(AnnualReport.of(ReportingPeriod.financialYear(2017), List.of(), DEFAULTS, ReportSettings.defaults().withTaxonomy(areas),
                        other)
                .table("Other activity in the period").row("Compensation paid (£)").counts()).endsWith(250);
        assertThat(AnnualReport.of(YEAR, List.of(), DEFAULTS).tables()).extracting(ReportTable::title)
                .as("without other activity, none of its tables").doesNotContain("Compliments received");
        assertThatThrownBy(() -> AnnualReport.of(YEAR, List.of(), DEFAULTS, ReportSettings.defaults(), other))
                .as("a compliment's area must be the taxonomy's").isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Equality monitoring (seed 002 T15, T16, T18, T19): stage 1 complaints and stage 2 requests by the
     * service user's sex, ethnic group and disability, every value a row, small counts suppressed; and
     * the stage 2 requests by complainant (T20). Only when the council records it.
     */
    @Test
    void equalityMonitoringAndTheOriginOfStage2() {
        LocalDate received = LocalDate.of(2016, 6, 6);
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            EqualityMonitoring monitoring = new EqualityMonitoring(i < 7 ? EqualityMonitoring.Sex.FEMALE : EqualityMonitoring.Sex.MALE,
                    i < 9 ? EqualityMonitoring.EthnicGroup.WHITE : EqualityMonitoring.EthnicGroup.NOT_RECORDED,
                    EqualityMonitoring.Disability.NOT_RECORDED);
            CaseRecord record = i < 2
                    ? record(received, Finding.NOT_UPHELD, null, null, BASIS, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT,
                            LocalDate.of(2016, 6, 10)), ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2016, 6, 20)))
                    : answered(received, 5, Finding.UPHELD, false, BASIS);
            records.add(classified(record, new CouncilClassification(null, null, null, monitoring)));
        }
        AnnualReport report = AnnualReport.of(YEAR, records, DEFAULTS);
        assertThat(counts(report, "Stage 1 complaints received by the service user's sex", "Female", "Male", "Not recorded", "Total"))
                .containsExactly(7, 5, 0, 12);
        assertThat(counts(report, "Stage 1 complaints received by the service user's ethnic group", "White", "Asian", "Not recorded"))
                .containsExactly(9, 0, 3);
        assertThat(counts(report, "Stage 2 requests made by the service user's sex", "Female", "Total")).containsExactly(2, 2);
        assertThat(report.toMarkdown(AnnualReport.PUBLICATION_THRESHOLD))
                .contains("## Stage 1 complaints received by the service user's ethnic group")
                .as("3 not recorded is hidden, and so is the next smallest, lest 12 - 9 give it away; both are *, so neither is known")
                .contains("| White | 0 |  | 0 |  | * |  |", "| Not recorded | 0 |  | 0 |  | * |  |");
        assertThat(counts(report, "Stage 2 requests made by complainant", "Parent", "Total")).containsExactly(2, 2);
        assertThat(AnnualReport.of(YEAR, List.of(answered(received, 5, Finding.UPHELD, false, BASIS)), DEFAULTS).tables())
                .extracting(ReportTable::title).as("no monitoring recorded, no tables of it")
                .noneMatch(title -> title.contains("service user"));
    }

    /** The independent review's findings on this report, each held: what it found, and the report's answer now. */
    @Test
    void theReviewsFindingsAreHeld() {
        LocalDate received = LocalDate.of(2016, 6, 6);
        CaseRecord sameDay = record(received, Finding.UPHELD, null, null, BASIS, ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, received));
        assertThat(AnnualReport.of(YEAR, List.of(sameDay), DEFAULTS).table("Median working days to respond").row("Stage 1 responses")
                .counts()).as("a response on the day the clock started is 0 days, not a failure").endsWith(0);
        CaseRecord referred = record(received, null, null, null, BASIS,
                ProcessEvent.of(EventType.REFERRED_TO_OMBUDSMAN, LocalDate.of(2016, 9, 1)));
        assertThat(AnnualReport.of(ReportingPeriod.financialYear(2017), List.of(referred), DEFAULTS).table("Stage 1 outcomes")
                .row("Referred to the Ombudsman before a response").counts())
                .as("referred to the Ombudsman: ended in 2016-17, not outstanding for ever").containsExactly(0, 1, 0);
        CaseRecord withdrawn = record(LocalDate.of(2017, 3, 1), null, null, null, BASIS,
                ProcessEvent.of(EventType.WITHDRAWN, LocalDate.of(2017, 3, 3)));
        assertThat(counts(AnnualReport.of(YEAR, List.of(withdrawn), DEFAULTS,
                        ReportSettings.defaults().withTimelinessYear(ReportSettings.TimelinessYear.DUE)), "Stage 1 response times", "Total"))
                .as("a withdrawn complaint owes no response: not 'not yet sent'").containsExactly(0);
        CaseRecord partly = record(received, null, null, null, BASIS,
                new ProcessEvent(EventType.CONSIDERATION_PARTLY_SUSPENDED, LocalDate.of(2017, 3, 1), null, "court proceedings", null));
        assertThat(counts(AnnualReport.of(YEAR, List.of(partly), DEFAULTS), "Stage 1 outcomes", "Suspended at the period's end",
                "Outstanding at the period's end")).as("a part suspended is not the complaint suspended").containsExactly(0, 1);
        OtherActivity onePayment = new OtherActivity(List.of(), List.of(), List.of(),
                List.of(new OtherActivity.Payment(LocalDate.of(2016, 9, 1), 300)));
        assertThat(AnnualReport.of(YEAR, List.of(), DEFAULTS, ReportSettings.defaults(), onePayment).toMarkdown(AnnualReport.PUBLICATION_THRESHOLD))
                .as("one payment's amount is one person's award").contains("| Payments of compensation | 0 | 0 | * |",
                        "| Compensation paid (£) | 0 | 0 | * |");
    }

    private static CaseRecord classified(CaseRecord record, CouncilClassification council) {
        return new CaseRecord(record.request(), record.disposal(), record.journey(), council);
    }

    /** Seed 001 T10's "Advocacy service 5" and seed 002 T17's advocates and solicitors: complaints made through a representative. */
    @Test
    void complaintsThroughARepresentativeAreCountedByKind() {
        LocalDate received = LocalDate.of(2016, 6, 6);
        ComplaintRequest throughAnAdvocate = request(received, Finding.UPHELD, null, null).withRepresentation(
                org.cscrules.core.request.Representation.inOwnRight().withComplainantsRepresentative(
                        org.cscrules.core.request.RepresentativeKind.ADVOCATE, true));
        CaseRecord advocated = new CaseRecord(throughAnAdvocate, Disposal.VALID_COMPLAINT,
                ComplaintState.receivedOn(received, received, BASIS));
        AnnualReport report = AnnualReport.of(YEAR, List.of(advocated, answered(received, 5, Finding.UPHELD, false, BASIS)), DEFAULTS);
        assertThat(counts(report, "Stage 1 complaints received through a representative", "Advocate", "Legal representative",
                "No representative", "Total")).containsExactly(1, 0, 1, 2);
    }

    /** Received 1 March 2017, answered 20 March, escalated 12 April: stage 2 belongs to 2017-18, and is in it. */
    @Test
    void aLaterStageIsCountedInTheYearItHappens() {
        LocalDate received = LocalDate.of(2017, 3, 1);
        CaseRecord record = record(received, Finding.NOT_UPHELD, Finding.UPHELD, null, BASIS,
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2017, 3, 20)),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2017, 4, 12)),
                ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2017, 5, 10)));
        AnnualReport thisYear = AnnualReport.of(YEAR, List.of(record), DEFAULTS);
        AnnualReport nextYear = AnnualReport.of(ReportingPeriod.financialYear(2017), List.of(record), DEFAULTS);
        assertThat(counts(thisYear, "Complaints and requests in the period", "Stage 1 complaints received", "Stage 2 requests made"))
                .containsExactly(1, 0);
        assertThat(counts(thisYear, "Stage 2 outcomes", "Total")).containsExactly(0);
        assertThat(counts(nextYear, "Complaints and requests in the period", "Stage 1 complaints received", "Stage 2 requests made"))
                .containsExactly(0, 1);
        assertThat(counts(nextYear, "Stage 2 outcomes", "Upheld", "Total")).containsExactly(1, 1);
        assertThat(nextYear.table("Complaints and requests in the period").row("Stage 1 complaints received").counts())
                .as("the year before, beside it").containsExactly(0, 1, 0);
    }

    /** A panel after the year's end is outstanding at its end, and upheld in the next year: never both in one. */
    @Test
    void aPanelAfterTheYearIsOutstandingThenAndUpheldWhenItIsHeld() {
        LocalDate received = LocalDate.of(2016, 11, 1);
        CaseRecord record = record(received, Finding.NOT_UPHELD, Finding.NOT_UPHELD, Finding.UPHELD, BASIS,
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2016, 11, 10)),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2016, 11, 21)),
                ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2017, 1, 20)),
                ProcessEvent.of(EventType.STAGE_3_REQUESTED, LocalDate.of(2017, 3, 1)),
                ProcessEvent.of(EventType.PANEL_HELD, LocalDate.of(2017, 4, 5)),
                ProcessEvent.of(EventType.PANEL_REPORT_RECEIVED, LocalDate.of(2017, 4, 12)),
                ProcessEvent.of(EventType.FINAL_RESPONSE_SENT, LocalDate.of(2017, 4, 28)));
        AnnualReport thisYear = AnnualReport.of(YEAR, List.of(record), DEFAULTS);
        assertThat(counts(thisYear, "Stage 3 outcomes", "Upheld", "Outstanding at the period's end")).containsExactly(0, 1);
        assertThat(counts(thisYear, "Review panels held", "Total")).containsExactly(0);
        AnnualReport nextYear = AnnualReport.of(ReportingPeriod.financialYear(2017), List.of(record), DEFAULTS);
        assertThat(counts(nextYear, "Stage 3 outcomes", "Upheld", "Outstanding at the period's end")).containsExactly(1, 0);
        assertThat(counts(nextYear, "Review panels held", "Within 30 working days of the request")).containsExactly(1);
        assertThat(counts(nextYear, "Panel reports (reg. 20)", "Within 5 working days of the panel")).containsExactly(1);
        assertThat(counts(nextYear, "Final responses (reg. 20)", "Within 15 working days of the report")).containsExactly(1);
    }

    /** Seed 001's three refused stage 2 requests are declined, not outstanding. */
    @Test
    void aDeclinedRequestIsDeclined() {
        LocalDate received = LocalDate.of(2016, 6, 1);
        CaseRecord declined = record(received, Finding.NOT_UPHELD, null, null, BASIS,
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2016, 6, 10)),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2016, 9, 1)),
                new ProcessEvent(EventType.REQUEST_DECLINED, LocalDate.of(2016, 9, 5), null, "out of time", null));
        assertThat(counts(AnnualReport.of(YEAR, List.of(declined), DEFAULTS), "Stage 2 outcomes", "Declined",
                "Outstanding at the period's end", "Total")).containsExactly(1, 0, 1);
    }

    @Test
    void theExtendedPeriodCountsOnlyWithAnExtensionRecorded() {
        LocalDate received = LocalDate.of(2016, 6, 6);
        assertThat(counts(AnnualReport.of(YEAR, List.of(answered(received, 15, Finding.UPHELD, false, BASIS)), DEFAULTS),
                "Stage 1 response times", "Within an extension granted (at most 20 working days)", "Late")).containsExactly(0, 1);
        assertThat(counts(AnnualReport.of(YEAR, List.of(answered(received, 15, Finding.UPHELD, true, BASIS)), DEFAULTS),
                "Stage 1 response times", "Within an extension granted (at most 20 working days)", "Late")).containsExactly(1, 0);
        assertThat(counts(AnnualReport.of(YEAR, List.of(answered(received, 21, Finding.UPHELD, true, BASIS)), DEFAULTS),
                "Stage 1 response times", "Late")).containsExactly(1);
    }

    /**
     * A stage 2 investigation answered in 2016-17 and re-opened in 2017-18 (after an Ombudsman's
     * recommendation, say): the request and the first response count in 2016-17, the re-opening
     * (not a new request) and the fresh response in 2017-18. The earlier attempt is "Answered, then
     * re-opened": the record's finding is the fresh one's.
     */
    @Test
    void aReopenedStageCountsEachAttemptInItsOwnYear() {
        LocalDate received = LocalDate.of(2016, 5, 2);
        CaseRecord reopened = record(received, Finding.NOT_UPHELD, Finding.UPHELD, null, BASIS,
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, LocalDate.of(2016, 5, 10)),
                ProcessEvent.of(EventType.STAGE_2_REQUESTED, LocalDate.of(2016, 6, 1)),
                ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2016, 7, 1)),
                ProcessEvent.stage2Reopened(LocalDate.of(2017, 5, 2), "the Ombudsman recommended a fresh investigation"),
                ProcessEvent.of(EventType.STAGE_2_RESPONSE_SENT, LocalDate.of(2017, 6, 1)));
        AnnualReport report = AnnualReport.of(ReportingPeriod.financialYear(2017), List.of(reopened), DEFAULTS,
                new ReportSettings(ReportSettings.Rounding.HALF_UP, 1));
        String activity = "Complaints and requests in the period";
        assertThat(report.table(activity).row("Stage 2 requests made").counts()).containsExactly(1, 0);
        assertThat(report.table(activity).row("Stage 2 investigations re-opened").counts()).containsExactly(0, 1);
        assertThat(report.table("Stage 2 outcomes").row("Answered, then re-opened").counts()).containsExactly(1, 0);
        assertThat(report.table("Stage 2 outcomes").row("Not recorded").counts()).containsExactly(0, 0);
        assertThat(report.table("Stage 2 outcomes").row("Upheld").counts()).containsExactly(0, 1);
        assertThat(report.table("Stage 2 outcomes").row("Outstanding at the period's end").counts()).containsExactly(0, 0);
        assertThat(report.table("Stage 2 response times").row("Within 25 working days").counts()).containsExactly(1, 1);
        assertThat(report.table("Escalation").row("Stage 2 requests, out of stage 1 responses sent").counts())
                .containsExactly(1, 1, 0, 0);
    }

    /**
     * At the year's end a stage 1 response 3 working days overdue, one not yet due, one overdue but
     * suspended, and one overdue whose extension (recorded) has not run out: only the first is
     * overdue.
     */
    @Test
    void overdueAtThePeriodsEndIsThePastDueAndUnanswered() {
        LocalDate end = YEAR.to();
        LocalDate late = CALENDAR.minusWorkingDays(end, 13);
        LocalDate recent = CALENDAR.minusWorkingDays(end, 5);
        CaseRecord overdue = record(late, null, null, null, BASIS);
        CaseRecord notYetDue = record(recent, null, null, null, BASIS);
        CaseRecord suspended = record(late, null, null, null, BASIS,
                new ProcessEvent(EventType.CONSIDERATION_SUSPENDED, CALENDAR.plusWorkingDays(late, 2), null, "police enquiries", null));
        CaseRecord extended = record(late, null, null, null, BASIS, extension(EventType.STAGE_1_EXTENDED, CALENDAR.plusWorkingDays(late, 5)));
        AnnualReport report = AnnualReport.of(YEAR, List.of(overdue, notYetDue, suspended, extended), DEFAULTS);
        assertThat(report.table("Responses overdue at the period's end").row("Stage 1 responses").counts()).containsExactly(0, 0, 1);
        assertThat(report.table("Responses overdue at the period's end").row("Stage 2 responses").counts()).containsExactly(0, 0, 0);
    }

    /**
     * An extension is judged by the length granted, not by the most the law allows: extended to 15
     * working days, a response on day 14 is within it and one on day 18 is late, though within 20.
     */
    @Test
    void anExtensionIsJudgedByTheLengthGranted() {
        LocalDate received = LocalDate.of(2016, 6, 6);
        for (int[] row : new int[][] {{14, 1, 0}, {15, 1, 0}, {16, 0, 1}, {18, 0, 1}}) {
            CaseRecord record = record(received, Finding.UPHELD, null, null, BASIS,
                    new ProcessEvent(EventType.STAGE_1_EXTENDED, CALENDAR.plusWorkingDays(received, 5), 15, "complex", null),
                    ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, CALENDAR.plusWorkingDays(received, row[0])));
            assertThat(counts(AnnualReport.of(YEAR, List.of(record), DEFAULTS), "Stage 1 response times",
                    "Within an extension granted (at most 20 working days)", "Late")).as("day %s", row[0]).containsExactly(row[1], row[2]);
        }
    }

    /** Three of 56 on time: the count is hidden, the base is not (it used to print "&lt;5" for 56). */
    @Test
    void aHiddenRateKeepsItsTrueBase() {
        List<CaseRecord> records = new ArrayList<>();
        LocalDate day = LocalDate.of(2016, 4, 4);
        for (int i = 0; i < 56; i++) {
            records.add(answered(day, i < 3 ? 8 : 25, Finding.UPHELD, false, BASIS));
            day = CALENDAR.plusWorkingDays(day, 3);
        }
        assertThat(AnnualReport.of(YEAR, records, DEFAULTS).toMarkdown(AnnualReport.PUBLICATION_THRESHOLD))
                .contains("| Stage 1 responses on time | 0 of 0 |  | 0 of 0 |  | * of 56 |  |");
    }

    /** Seed 002 (Harrow, 2017-18) prints 52 of 55 as 94% and 7 of 56 as 12%: rounded down; the default rounds half up. */
    @Test
    void theRoundingIsASettingAndIsSaid() {
        List<CaseRecord> records = new ArrayList<>();
        LocalDate day = LocalDate.of(2016, 4, 4);
        for (int i = 0; i < 55; i++) {
            records.add(answered(day, i < 52 ? 8 : 25, Finding.UPHELD, false, BASIS));
            day = CALENDAR.plusWorkingDays(day, 3);
        }
        assertThat(AnnualReport.of(YEAR, records, DEFAULTS).toMarkdown(0)).contains("| 52 of 55 | 95% |")
                .contains("Percentages are rounded to the nearest whole percent, a half up");
        AnnualReport down = AnnualReport.of(YEAR, records, DEFAULTS, new ReportSettings(ReportSettings.Rounding.DOWN, 0));
        assertThat(down.toMarkdown(0)).contains("| Stage 1 responses on time | 52 of 55 | 94% |")
                .contains("Percentages are rounded down to a whole percent");
        assertThat(down.table("On time").columns()).containsExactly("2016-17", "2016-17 out of");
    }

    /**
     * Timeliness in the year due, where a council counts it so: a response due on 30 March 2017 and
     * sent on 3 April is late in 2016-17 (and in no other year); one due in 2016-17 and not yet sent is
     * "Not yet sent". Counted in the year sent, the first is late in 2017-18.
     */
    @Test
    void timelinessCanBeCountedInTheYearDue() {
        LocalDate received = LocalDate.of(2017, 3, 16);
        CaseRecord lateOverTheYearsEnd = answered(received, 12, Finding.UPHELD, false, BASIS);
        CaseRecord notSent = record(LocalDate.of(2017, 3, 1), null, null, null, BASIS);
        ReportSettings due = ReportSettings.defaults().withTimelinessYear(ReportSettings.TimelinessYear.DUE);
        AnnualReport byDue = AnnualReport.of(YEAR, List.of(lateOverTheYearsEnd, notSent), DEFAULTS, due);
        assertThat(counts(byDue, "Stage 1 response times", "Late", "Not yet sent", "Total")).containsExactly(1, 1, 2);
        assertThat(byDue.table("On time").row("Stage 1 responses on time").counts()).endsWith(0, 2);
        assertThat(byDue.toMarkdown(0)).contains("and their timeliness in the period they were due");
        AnnualReport bySent = AnnualReport.of(ReportingPeriod.financialYear(2017), List.of(lateOverTheYearsEnd, notSent), DEFAULTS);
        assertThat(counts(bySent, "Stage 1 response times", "Late", "Total")).containsExactly(1, 1);
        assertThat(counts(AnnualReport.of(ReportingPeriod.financialYear(2017), List.of(lateOverTheYearsEnd), DEFAULTS, due),
                "Stage 1 response times", "Total")).as("counted once, in the year due").containsExactly(0);
    }

    /** A suspension moves the deadline on (reg. 8): the response on the moved day is on time. */
    @Test
    void aSuspensionMovesTheDeadlineTheResponseIsHeldTo() {
        LocalDate received = LocalDate.of(2016, 6, 6);
        CaseRecord suspended = record(received, Finding.UPHELD, null, null, BASIS,
                new ProcessEvent(EventType.CONSIDERATION_SUSPENDED, LocalDate.of(2016, 6, 8), null, "court proceedings", null),
                ProcessEvent.of(EventType.CONSIDERATION_RESUMED, LocalDate.of(2016, 6, 22)),
                ProcessEvent.of(EventType.STAGE_1_RESPONSE_SENT, CALENDAR.plusWorkingDays(received, 18)));
        assertThat(counts(AnnualReport.of(YEAR, List.of(suspended), DEFAULTS), "Stage 1 response times", "Within 10 working days"))
                .containsExactly(1);
        assertThat(AnnualReport.of(YEAR, List.of(suspended), DEFAULTS).table("Median working days to respond").row("Stage 1 responses")
                .counts()).as("18 working days, 10 of them suspended").endsWith(8);
        assertThat(counts(AnnualReport.of(YEAR, List.of(suspended), DEFAULTS), "Complaints and requests in the period",
                "Complaints suspended (reg. 8)", "Working days suspended"))
                .as("suspended Wed 8 June, resumed Wed 22 June: 9 to 22 June, 10 working days").containsExactly(1, 10);
        CaseRecord stillSuspended = record(received, null, null, null, BASIS,
                new ProcessEvent(EventType.CONSIDERATION_SUSPENDED, LocalDate.of(2017, 3, 1), null, "court proceedings", null));
        assertThat(counts(AnnualReport.of(YEAR, List.of(stillSuspended), DEFAULTS), "Stage 1 outcomes",
                "Suspended at the period's end", "Outstanding at the period's end")).containsExactly(1, 0);
    }

    @Test
    void aRecordThatDoesNotFitIsRefusedWithAReason() {
        ComplaintRequest request = request(LocalDate.of(2016, 6, 6), Finding.UPHELD, null, null);
        assertThatThrownBy(() -> new CaseRecord(request, Disposal.VALID_COMPLAINT,
                ComplaintState.receivedOn(LocalDate.of(2016, 6, 7), LocalDate.of(2016, 6, 7), BASIS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("received 2016-06-06");
        assertThatThrownBy(() -> new CaseRecord(request.withDates(null), Disposal.INELIGIBLE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date received");
        assertThatThrownBy(() -> new CaseRecord(request, Disposal.INELIGIBLE,
                ComplaintState.receivedOn(LocalDate.of(2016, 6, 6), LocalDate.of(2016, 6, 6), BASIS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly when it is a valid complaint");
        assertThatThrownBy(() -> new CaseRecord(request, Disposal.VALID_COMPLAINT,
                ComplaintState.receivedOn(LocalDate.of(2016, 6, 6), LocalDate.of(2016, 6, 6), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the basis its deadlines are counted on");
        assertThatThrownBy(() -> new ReportSettings(ReportSettings.Rounding.DOWN, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTriggerDaySettingAndClosureDaysOfTheComplaintsPolicyAreHonoured() {
        LocalDate june6 = LocalDate.of(2016, 6, 6);
        LocalPolicy countingReceipt = LocalPolicy.builder().countTriggerDay(true).build();
        CaseRecord tenthCountingReceipt = answered(june6, 10, Finding.UPHELD, false, DeadlineBasis.of(countingReceipt, june6));
        assertThat(counts(AnnualReport.of(YEAR, List.of(tenthCountingReceipt), DEFAULTS), "Stage 1 response times",
                "Within 10 working days", "Late")).as("counting the day of receipt, the same answer comes on the 11th working day")
                .containsExactly(0, 1);
        LocalDate received = LocalDate.of(2016, 12, 19);
        LocalPolicy closed = LocalPolicy.builder().closureDays(java.util.Set.of(LocalDate.of(2016, 12, 28))).build();
        CaseRecord receivedWhileClosing = answered(received, 11, Finding.UPHELD, false, DeadlineBasis.of(closed, received));
        assertThat(counts(AnnualReport.of(YEAR, List.of(receivedWhileClosing), DEFAULTS), "Stage 1 response times",
                "Within 10 working days")).as("the office closed on 28 Dec: the 10th of the council's working days").containsExactly(1);
        assertThat(counts(AnnualReport.of(YEAR, List.of(answered(received, 11, Finding.UPHELD, false, BASIS)), closed),
                "Stage 1 response times", "Late")).as("a closure day adopted later does not recount a complaint").containsExactly(1);
    }

    @Test
    void theMarkdownAndCsvShowEachYearAndSuppressSmallCounts() {
        AnnualReport report = AnnualReport.of(YEAR, seed001(), DEFAULTS);
        assertThat(report.toMarkdown(0)).startsWith("# Children's social care complaints: annual report 2016-17")
                .contains("## Stage 1 outcomes", "| | 2014-15 | % | 2015-16 | % | 2016-17 | % |",
                        "| Upheld | 0 |  | 0 |  | 7 | 13% |", "| Partially upheld | 0 |  | 0 |  | 31 | 60% |");
        AnnualReport small = AnnualReport.of(YEAR, seed001().subList(0, 10), DEFAULTS);
        assertThat(small.toMarkdown(AnnualReport.PUBLICATION_THRESHOLD))
                .as("3 partly upheld is small; 7 upheld is hidden lest 10 - 7 give it away; one mark for both, so neither is known")
                .contains("| Partially upheld | 0 |  | 0 |  | * |  |", "| Upheld | 0 |  | 0 |  | * |  |");
        assertThat(small.toCsv(AnnualReport.PUBLICATION_THRESHOLD).lines()).first().isEqualTo("table,row,column,count");
        assertThat(small.toCsv(0)).contains("Stage 1 outcomes,Total,2016-17,10", "On time,Stage 1 responses on time,2016-17 out of,10");
    }
}
