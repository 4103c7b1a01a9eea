package org.cscrules.drl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.process.Ruling;
import org.cscrules.core.process.Stage;
import org.cscrules.core.process.TransitionOutcome;
import org.cscrules.core.process.WrittenNotice;
import org.kie.api.definition.rule.Rule;

/**
 * One event about to be applied to one complaint's state, as the stage rules see it: the stage and
 * the event, plus the few facts Java works out with the calendar for the rules to read (whether
 * the event is dated before the last one, whether a request for the next stage is late, whether
 * stage 1 is overdue, whether an extension comes in time and is longer and within its maximum):
 * arithmetic in Java, every ruling on it in the rules.
 * The policy the state is counted on is a fact beside it, which the rules read directly. Collects
 * the rules' rulings, through one helper per kind of ruling.
 */
public final class Move {

    private final ComplaintState state;
    private final ProcessEvent event;
    private final Facts facts;
    private final RuleCitations citations;
    private final List<Ruling> rulings = new ArrayList<>();
    private boolean referralPremature;
    private final java.util.Set<WrittenNotice> notices = java.util.EnumSet.noneOf(WrittenNotice.class);

    /**
     * What Java worked out about the event with the calendar; see the getters.
     *
     * @param lateRequest whether a request for stage 2 or 3 comes after its window closed
     * @param stage1Overdue whether the stage 1 response was overdue on the event's date
     * @param afterDeadline whether an extension comes after the deadline it would extend
     * @param stageRequestLate whether the request that brought the complaint to its stage (2, or the panel) was late
     * @param stageRequestActedOn whether the council has acted on that request (a statement, an independent
     *     person, an extension or a report at stage 2)
     * @param currentLength the period's length before an extension
     * @param maximumLength the longest the period may be extended to
     * @param councilOutOfTime whether, on the event's date, a period the council must keep has passed
     *     its maximum (the latest an extension may reach, or the period itself where none may)
     */
    public record Facts(boolean lateRequest, boolean stage1Overdue, boolean afterDeadline, boolean stageRequestLate,
                        boolean stageRequestActedOn, int currentLength, int maximumLength, boolean councilOutOfTime) {
    }

    /**
     * @param state the complaint's state
     * @param event the event
     * @param facts what Java worked out
     * @param citations the rules' citations, for the rulings the rules give
     */
    public Move(ComplaintState state, ProcessEvent event, Facts facts, RuleCitations citations) {
        this.state = state;
        this.event = event;
        this.facts = facts;
        this.citations = citations;
    }

    /** The event may happen: the firing rule's ruling, with its own id, citation and basis. */
    public void allowed(Rule rule, String text) {
        rulings.add(citations.ruling(rule, TransitionOutcome.ALLOWED, text));
    }

    /** The event needs the council's decision. */
    public void discretion(Rule rule, String text) {
        rulings.add(citations.ruling(rule, TransitionOutcome.DISCRETION_REQUIRED, text));
    }

    /** The event may not happen: the state is left as it was. */
    public void refused(Rule rule, String text) {
        rulings.add(citations.ruling(rule, TransitionOutcome.REFUSED, text));
    }
    /** The council must tell these people in writing of the outcome, its reasons and the action (s26(7)). */
    public void notice(WrittenNotice... who) {
        notices.addAll(java.util.List.of(who));
    }

    /** @return who the council must tell in writing of the outcome, as the rules found */
    public java.util.Set<WrittenNotice> getNotices() {
        return notices;
    }

    /** A rule found the referral to the Ombudsman premature: it is recorded, and the complaint stays in its stage. */
    public void referralPremature() {
        referralPremature = true;
    }

    /** @return whether a rule found the referral to the Ombudsman premature */
    public boolean isReferralPremature() {
        return referralPremature;
    }

    /** Whether an independent person was appointed at stage 2 (s26(4), reg. 17(2)). */
    public boolean isIndependentPersonAppointed() {
        return state.events().containsKey(EventType.INDEPENDENT_PERSON_APPOINTED);
    }

    /** Whether consideration of the whole complaint is suspended (reg. 8). */
    public boolean isSuspended() {
        return state.isSuspended();
    }

    /** Whether a suspension of consideration, of the whole complaint or a part, is still open. */
    public boolean isSuspensionOpen() {
        return state.openSuspension().isPresent();
    }

    /** Whether the council is considering the complaint: at stage 1, stage 2 or the review panel, before its response. */
    public boolean isConsidering() {
        return switch (state.stage()) {
            case STAGE_1, STAGE_2, STAGE_3_REQUESTED, PANEL_HELD, PANEL_REPORTED -> true;
            default -> false;
        };
    }

    /** Whether the complaint has had a stage 1 response, or gone to stage 2 without one: what a fresh stage 2 follows. */
    public boolean isStage1Over() {
        return state.events().containsKey(EventType.STAGE_1_RESPONSE_SENT) || state.events().containsKey(EventType.STAGE_2_REQUESTED);
    }

    /** Whether the complaint has had a stage 2 response, or gone to a review panel: what a fresh panel follows. */
    public boolean isStage2Over() {
        return state.events().containsKey(EventType.STAGE_2_RESPONSE_SENT) || state.events().containsKey(EventType.STAGE_3_REQUESTED);
    }

    /** Whether, on the event's date, a period the council must keep has passed its maximum. */
    public boolean isCouncilOutOfTime() {
        return facts.councilOutOfTime();
    }

    /** The day the complaint was received: what a rule's effective date is compared with. */
    public LocalDate getReceived() {
        return state.received();
    }

    public List<Ruling> getRulings() {
        return rulings;
    }

    public Stage getStage() {
        return state.stage();
    }

    public EventType getEvent() {
        return event.type();
    }

    /** Whether the event is dated before the state's last event. */
    public boolean isBeforeLastEvent() {
        return event.date().isBefore(state.lastEventDate());
    }

    /** The state's last event date, for the ruling's text. */
    public LocalDate getLastEventDate() {
        return state.lastEventDate();
    }

    /** Whether this event has happened before, and is not one that can recur (see {@link EventType#canRecur()}). */
    public boolean isAlreadyHappened() {
        return !event.type().canRecur() && state.events().containsKey(event.type());
    }

    /** Whether the request that brought the complaint to its stage (2, or the panel) came after its window closed. */
    public boolean isStageRequestLate() {
        return facts.stageRequestLate();
    }

    /** Whether the council has acted on that request: a statement, an independent person, an extension or a report at stage 2. */
    public boolean isStageRequestActedOn() {
        return facts.stageRequestActedOn();
    }

    /** Whether an extension comes after the deadline it would extend has passed. */
    public boolean isAfterDeadline() {
        return facts.afterDeadline();
    }

    /** Whether a request for stage 2 or 3 comes after its window closed. */
    public boolean isLateRequest() {
        return facts.lateRequest();
    }

    /** Whether the stage 1 response was overdue on the event's date. */
    public boolean isStage1Overdue() {
        return facts.stage1Overdue();
    }

    /** An extension's new length, in working days; 0 for other events. */
    public int getExtendedTo() {
        return event.extendedToWorkingDays() == null ? 0 : event.extendedToWorkingDays();
    }

    /** The period's length before this extension: the ordinary period or the last extension. */
    public int getCurrentLength() {
        return facts.currentLength();
    }

    /** The longest the law lets the period be extended to: reg. 14's 20 working days at stage 1, reg. 17's 65 at stage 2; 0 for other events. */
    public int getStatutoryMaximum() {
        return switch (event.type()) {
            case STAGE_1_EXTENDED -> Timescale.T2_STAGE_1_RESPONSE.extendedMaximum();
            case STAGE_2_EXTENDED -> Timescale.T6_STAGE_2_RESPONSE.extendedMaximum();
            default -> 0;
        };
    }

    /** The longest the period may be extended to: stage 1's cap or reg. 17's 65. */
    public int getMaximumLength() {
        return facts.maximumLength();
    }

    @Override
    public String toString() {
        return "Move[" + getStage() + ", " + getEvent() + "]";
    }
}
