package org.cscrules.core.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplainantRole;

/**
 * The description of a council's complaints procedure that it must publish (Children Act 1989
 * s26(8); s26A(5) for advocacy), written from its {@link LocalPolicy}: who may complain, the time
 * limit, each stage and its timescales in working days, advocacy, pausing for other proceedings and
 * the Ombudsman. Every statement follows the policy's settings, so the published page can never say
 * other than the council does; and it never says what the Ombudsman has found to be fault (a stage 2
 * request made in time is never "progressed" only if the council agrees). The Ombudsman has found a
 * council at fault for not publishing its procedure (Suffolk, 23 015 464).
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicProcedure {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private PublicProcedure() {
    }

    /**
     * The procedure as Markdown, ready to publish.
     *
     * @param policy the council's policy; not null
     * @return the Markdown; never null
     * @throws IllegalArgumentException if {@code policy} is null
     */
    public static String markdown(LocalPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("policy must not be null");
        }
        StringBuilder out = new StringBuilder("# How to complain about our children's social care services\n\n")
                .append("This is the council's procedure for complaints about its social care services for children and young ")
                .append("people and their families, under the Children Act 1989 (sections 26, 26A and 24D) and the Children Act ")
                .append("1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738). The council publishes it as ")
                .append("section 26(8) of the Act requires.\n");
        whoMayComplain(policy, out);
        out.append("\n## Help from an advocate\n\nA child or young person who makes, or means to make, a complaint is entitled ")
                .append("to help from an advocate, and we will tell you how to get one (section 26A).\n");
        timeLimit(policy, out);
        stage1(policy, out);
        stage2(policy, out);
        stage3(policy, out);
        workingDays(policy, out);
        otherProceedings(policy, out);
        out.append("\n## The Local Government and Social Care Ombudsman\n\nIf you are still unhappy once our procedure is ")
                .append("complete, or if we delay, you may ask the Local Government and Social Care Ombudsman to look at your ")
                .append("complaint. The Ombudsman usually expects a complaint within ")
                .append(Timescale.T12_OMBUDSMAN_TIME_LIMIT.length()).append(" months of your learning of the matter (")
                .append(reference(Timescale.T12_OMBUDSMAN_TIME_LIMIT)).append(").\n");
        return out.toString();
    }

    private static void whoMayComplain(LocalPolicy policy, StringBuilder out) {
        out.append("\n## Who may complain\n\nYou may complain about our services for a child in need or a child we look after, ")
                .append("a care leaver, adoption or special guardianship support, if you are:\n\n");
        for (ComplainantRole role : ComplainantRole.values()) {
            if (role == ComplainantRole.NONE_OF_THESE) {
                continue;
            }
            boolean ourDecision = role.needsSufficientInterestDecision()
                    || role == ComplainantRole.INDEPENDENT_FOSTERING_AGENCY_CARER && !policy.independentFosteringAgencyCarersAreFosterParents();
            out.append("- ").append(role.text())
                    .append(ourDecision ? ", if we decide that you have a sufficient interest in the child's welfare" : "")
                    .append(" (").append(reference(role)).append(")\n");
        }
        policy.careLeaverLocalOfferAgeCeiling().ifPresent(age -> out.append("\nUnder our local offer, a care leaver up to the ")
                .append("age of ").append(age).append(" may also complain about our help, by our own procedure.\n"));
        out.append("\nWhere we must decide whether you have a sufficient interest, we will tell you our decision in writing ")
                .append("(regulation 12)").append(policy.stage1ClockStart() == LocalPolicy.Stage1ClockStart.RECEIPT ? ".\n"
                        : ", and the time for our stage 1 response runs from that decision.\n");
        out.append("\nSomeone may complain on a child's behalf. ").append(switch (policy.childConsent()) {
            case RECORD_VIEWS -> "We will ask for the child's views where we can.";
            case REQUIRED_FROM_AGE -> "From the age of " + policy.childConsentAge().orElseThrow() + " we will need the child's agreement.";
            case REQUIRED_IF_SUFFICIENT_UNDERSTANDING -> "We will need the agreement of a child old enough to understand.";
            case ALWAYS_REQUIRED -> "We will need the child's agreement wherever it can be given.";
        }).append(policy.representativeWithoutChildsViews() == LocalPolicy.RepresentativeWithoutChildsViews.ACCEPT
                ? " We will check that the person is suitable to act for the child.\n"
                : " Where the child's views cannot be obtained, we must first be satisfied that the person acts in the "
                        + "child's best interests.\n");
    }

    private static void timeLimit(LocalPolicy policy, StringBuilder out) {
        out.append("\n## When to complain\n\nPlease complain within ").append(Timescale.T14_COMPLAINT_TIME_LIMIT.length())
                .append(" months of ").append(policy.timeLimitTrigger() == LocalPolicy.TimeLimitTrigger.GROUNDS_AROSE
                        ? "the matter you are complaining about" : "the matter, or of your learning of it if that was later")
                .append(" (").append(reference(Timescale.T14_COMPLAINT_TIME_LIMIT)).append("). ")
                .append("We will still consider a later complaint where it was not reasonable to expect you to complain in time ")
                .append("and it is still possible to consider it fairly")
                .append(policy.lateComplaintPresumption() ? "; we start from the view that we should." : ".").append('\n');
    }

    private static void stage1(LocalPolicy policy, StringBuilder out) {
        Timescale stage1 = Timescale.T2_STAGE_1_RESPONSE;
        out.append("\n## Stage 1: local resolution\n\nWe will acknowledge your complaint within ")
                .append(days(policy.acknowledgementWorkingDays())).append(". We will respond within ").append(days(stage1.length()))
                .append(" (").append(reference(stage1)).append(")");
        if (policy.stage1ExtensionMaximumWorkingDays() > stage1.length()) {
            out.append(switch (policy.stage1ExtensionCondition()) {
                case RECORDED_REASON_AND_NOTICE -> "; if we need longer, we will tell you why, and take ";
                case COMPLEXITY -> "; if your complaint is complex, we may take ";
                case COMPLAINANT_AGREEMENT -> "; if we need longer, and you agree, we may take ";
                case AUTOMATIC -> "; where necessary we may take ";
            }).append(days(policy.stage1ExtensionMaximumWorkingDays())).append(" at most");
        }
        out.append(".\n");
    }

    private static void stage2(LocalPolicy policy, StringBuilder out) {
        Timescale stage2 = Timescale.T6_STAGE_2_RESPONSE;
        out.append("\n## Stage 2: investigation\n\nIf you are unhappy with our stage 1 response, you may ask for stage 2 within ")
                .append(days(policy.stage2RequestWindowWorkingDays())).append(" of receiving it. A request made in that time is ")
                .append("always accepted; a later one is considered, and if we decline it we will tell you why in writing.");
        if (policy.stage2WhenStage1Overdue()) {
            out.append(" If we have not responded at stage 1 in time, you may ask for stage 2 without waiting.");
        }
        out.append(" An investigating officer and an independent person, who does not work for the council, will look into ")
                .append("your complaint. We will respond within ").append(days(stage2.length())).append(" of ")
                .append(policy.stage2ClockStart() == LocalPolicy.Stage2ClockStart.REQUEST ? "your request"
                        : "our agreeing with you a statement of your complaint")
                .append(policy.stage2MaximumIsHardCap() ? ", and at the latest within " : ", and aim to respond within ")
                .append(days(stage2.extendedMaximum())).append(" of your request (")
                .append(reference(stage2)).append(").\n");
    }

    private static void stage3(LocalPolicy policy, StringBuilder out) {
        out.append("\n## Stage 3: review panel\n\nIf you are unhappy with our stage 2 response, you may ask for a review panel ")
                .append("within ").append(days(policy.stage3RequestWindowWorkingDays())).append(" of receiving it. A request made ")
                .append("in that time is always accepted; a later one is considered, and if we decline it we will tell you why in ")
                .append("writing.");
        if (policy.stage3WhenStage2Overdue()) {
            out.append(" If we have not responded at stage 2 in time, you may ask for a panel without waiting.");
        }
        out.append(" A panel of three people independent of the council, one of whom chairs it, will meet within ")
                .append(days(Timescale.T9_REVIEW_PANEL.length())).append(" of your request (").append(reference(Timescale.T9_REVIEW_PANEL))
                .append("). It will send its recommendations within ").append(days(Timescale.T10_PANEL_REPORT.length()))
                .append(" of meeting, and we will respond within ").append(days(Timescale.T11_FINAL_RESPONSE.length()))
                .append(" of receiving them").append(policy.reasonablyPracticableDeadlines() == LocalPolicy.ReasonablyPracticable.TARGET
                        ? ", or, where that is not possible, as soon as is reasonably practicable" : "")
                .append(" (").append(reference(Timescale.T11_FINAL_RESPONSE)).append(").\n");
    }

    private static void workingDays(LocalPolicy policy, StringBuilder out) {
        out.append("\n## Working days\n\nWorking days are Monday to Friday, except bank holidays, Christmas Day, Boxing Day ")
                .append("and Good Friday (regulation 2)");
        if (!policy.proclaimedBankHolidays().isEmpty()) {
            out.append(", and the bank holidays proclaimed on ").append(dates(policy.proclaimedBankHolidays()));
        }
        out.append('.');
        if (!policy.closureDays().isEmpty()) {
            out.append(" Our offices are also closed, and the days are not counted, on ").append(dates(policy.closureDays())).append('.');
        }
        out.append(policy.countTriggerDay() ? " The day we receive your complaint or request counts as the first working day.\n"
                : " The count starts on the working day after we receive your complaint or request.\n");
    }

    private static void otherProceedings(LocalPolicy policy, StringBuilder out) {
        out.append("\n## Court and other proceedings\n\nIf considering your complaint could prejudice court, criminal, ")
                .append("disciplinary or tribunal proceedings, we may ")
                .append(policy.concurrentProceedings() == LocalPolicy.ConcurrentProceedings.SUSPEND_WITH_WRITTEN_REASON
                        ? "pause it until they end" : "decline to consider it, in whole or in part")
                .append(", and will tell you why in writing (regulation 8).\n");
    }

    private static String days(int workingDays) {
        return workingDays + (workingDays == 1 ? " working day" : " working days");
    }

    private static String dates(java.util.Set<LocalDate> days) {
        return days.stream().map(DAY::format).collect(Collectors.joining(", "));
    }

    private static String reference(Cited cited) {
        return cited.provision().citation().reference();
    }
}
