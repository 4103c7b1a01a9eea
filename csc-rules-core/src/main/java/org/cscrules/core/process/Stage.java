package org.cscrules.core.process;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.localPolicy;
import static org.cscrules.core.law.Provision.procedure;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;
import org.jspecify.annotations.Nullable;

/**
 * Where a complaint stands in the procedure. The procedural stages come in the order of the
 * Regulations. WITHDRAWN and RESOLVED end a complaint from any stage before CLOSED, DECLINED a
 * request for stage 2 or 3 that was the council's to decide; REFERRED_TO_OMBUDSMAN follows the
 * end of the council's procedure (a referral before then is
 * recorded as premature and the complaint stays in its stage).
 */
public enum Stage implements Cited {
    /** Local resolution: the council must respond within 10 working days, at most 20 (reg. 14). */
    STAGE_1(null, statute(secondary("{si2006-reg14}"))),
    /** The stage 1 response is sent; the complainant may ask for stage 2 (reg. 15(2), T4). */
    STAGE_1_RESPONDED(EventType.STAGE_1_RESPONSE_SENT, statute(secondary("{si2006-reg15}(2)"))),
    /** Investigation: response within 25 working days, at most 65 (reg. 16, 17). */
    STAGE_2(EventType.STAGE_2_REQUESTED, statute(secondary("{si2006-reg16}, {si2006-reg17}"))),
    /** The stage 2 response (adjudication) is sent; the complainant may ask for a review panel (reg. 18, T8). */
    STAGE_2_RESPONDED(EventType.STAGE_2_RESPONSE_SENT, statute(secondary("{si2006-reg18}"))),
    /** A review panel is asked for; it must meet within 30 working days (reg. 19(4)). */
    STAGE_3_REQUESTED(EventType.STAGE_3_REQUESTED, statute(verified("{si2006-reg19}(4)"))),
    /** The panel has met; its report is due within 5 working days (reg. 20). */
    PANEL_HELD(EventType.PANEL_HELD, statute(secondary("{si2006-reg20}"))),
    /** The council has the panel's report; its final response is due within 15 working days (reg. 20(3)). */
    PANEL_REPORTED(EventType.PANEL_REPORT_RECEIVED, statute(secondary("{si2006-reg20}(3)"))),
    /** The final response is sent: the council's procedure is complete. */
    CLOSED(EventType.FINAL_RESPONSE_SENT, statute(secondary("{si2006-reg20}(3)"))),
    /** The council declined a late or gatekept request for the next stage, with its reasons. */
    DECLINED(EventType.REQUEST_DECLINED, localPolicy(unverified("{setting-gatekeeping}; {setting-stage-2-request-window-working-days}; {setting-stage-3-request-window-working-days}"))),
    /** The complainant withdrew the complaint. */
    WITHDRAWN(EventType.WITHDRAWN, procedure(unverified("{procedure-withdrawal}"))),
    /** Resolved by agreement, the terms confirmed in writing (reg. 15(1)). */
    RESOLVED(EventType.RESOLVED, procedure(secondary("{si2006-reg15}(1); {procedure-resolution}"))),
    /** Referred to the Local Government and Social Care Ombudsman after the council's procedure ended. */
    REFERRED_TO_OMBUDSMAN(EventType.REFERRED_TO_OMBUDSMAN, statute(verified("{lga1974-s26}")));

    private final @Nullable EventType enteredBy;
    private final Provision provision;

    Stage(@Nullable EventType enteredBy, Provision provision) {
        this.enteredBy = enteredBy;
        this.provision = provision;
    }

    @Override
    public Provision provision() {
        return provision;
    }

    /**
     * The event that moves a complaint into this stage; null for stage 1, where a complaint starts.
     *
     * @return the event, or null for {@link #STAGE_1}
     */
    public @Nullable EventType enteredBy() {
        return enteredBy;
    }

    /**
     * Whether the complaint has left the council's procedure: declined, withdrawn, resolved or referred.
     *
     * @return true for {@link #DECLINED}, {@link #WITHDRAWN}, {@link #RESOLVED} and {@link #REFERRED_TO_OMBUDSMAN}
     */
    public boolean isEnded() {
        return this == DECLINED || this == WITHDRAWN || this == RESOLVED || this == REFERRED_TO_OMBUDSMAN;
    }

    /**
     * Whether the council's procedure has run its course (CLOSED) or the complaint has ended.
     *
     * @return true for {@link #CLOSED} and every stage {@link #isEnded()}
     */
    public boolean isFinished() {
        return this == CLOSED || isEnded();
    }
}
