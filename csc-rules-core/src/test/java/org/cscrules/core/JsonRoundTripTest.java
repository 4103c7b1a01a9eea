package org.cscrules.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Citation;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.LocalPolicyExamples;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Finding;
import org.cscrules.core.request.PointOfReceipt;
import org.cscrules.core.request.ReceiptMethod;
import org.cscrules.core.request.Reporting;
import org.cscrules.core.request.SampleRequests;
import org.cscrules.core.request.ServiceArea;
import org.cscrules.core.timescale.Deadlines;
import org.junit.jupiter.api.Test;

/** Requests, decisions and policies go through JSON and come back equal, with plain Jackson. */
class JsonRoundTripTest {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static <T> T roundTrip(T value, Class<T> type) throws Exception {
        return JSON.readValue(JSON.writeValueAsString(value), type);
    }

    @Test
    void aRequestRoundTrips() throws Exception {
        ComplaintRequest request = SampleRequests.advocateForLookedAfterChild()
                .withCircumstances(Circumstance.CONCURRENT_COURT_PROCEEDINGS)
                .withReporting(new Reporting(ReceiptMethod.LETTER, PointOfReceipt.DIRECTOR, ServiceArea.FOSTERING,
                        Finding.PARTIALLY_UPHELD, null, null));
        assertThat(roundTrip(request, ComplaintRequest.class)).isEqualTo(request);
        assertThat(JSON.writeValueAsString(request)).contains("\"received\":\"2026-10-05\"", "\"complainantRole\":\"CHILD_LOOKED_AFTER\"");
    }

    @Test
    void aDecisionRoundTrips() throws Exception {
        Deadlines deadlines = Deadlines.create(LocalPolicy.statutoryDefaults());
        EligibilityDecision decision = EligibilityDecision.of(
                List.of(new Reason("WHO-E2-PARENT", Effect.ELIGIBLE, "A parent of a child in need may complain",
                                Citation.secondary("{ca1989-s26}(3)(b)"), Basis.STATUTE),
                        new Reason("SCOPE-S47", Effect.NOT_ELIGIBLE, "Child protection enquiries are outside the procedure",
                                Citation.secondary("{ca1989-s47}"), Basis.STATUTE)),
                List.of(RequiredAction.REFER_TO_ALTERNATIVE_ROUTE),
                AlternativeRoute.CHILD_PROTECTION_CONFERENCE_ROUTE,
                deadlines.after(Timescale.T2_STAGE_1_RESPONSE, LocalDate.of(2022, 9, 12)), Fixtures.PROVENANCE);
        assertThat(roundTrip(decision, EligibilityDecision.class)).isEqualTo(decision);
    }

    /** Sets read back from JSON come back in declaration order, so a request prints, and a reason that names a set reads, the same. */
    @Test
    void setsAreInDeclarationOrderWhateverTheOrderGiven() throws Exception {
        ComplaintRequest given = SampleRequests.advocateForLookedAfterChild()
                .withCircumstances(Circumstance.CONCURRENT_CRIMINAL_PROCEEDINGS, Circumstance.CONCURRENT_COURT_PROCEEDINGS);
        assertThat(given.circumstances()).containsExactly(Circumstance.CONCURRENT_COURT_PROCEEDINGS, Circumstance.CONCURRENT_CRIMINAL_PROCEEDINGS);
        String json = JSON.writeValueAsString(given);
        String reversed = json.replace("\"CONCURRENT_COURT_PROCEEDINGS\",\"CONCURRENT_CRIMINAL_PROCEEDINGS\"",
                "\"CONCURRENT_CRIMINAL_PROCEEDINGS\",\"CONCURRENT_COURT_PROCEEDINGS\"");
        assertThat(reversed).isNotEqualTo(json);
        ComplaintRequest read = JSON.readValue(reversed, ComplaintRequest.class);
        assertThat(read.toString()).isEqualTo(given.toString());
        assertThat(read.circumstances()).containsExactly(Circumstance.CONCURRENT_COURT_PROCEEDINGS, Circumstance.CONCURRENT_CRIMINAL_PROCEEDINGS);
    }

    @Test
    void aPolicyRoundTrips() throws Exception {
        LocalPolicy policy = LocalPolicyExamples.cheshireWestAndChester2016().toBuilder()
                .closureDays(java.util.Set.of(LocalDate.of(2026, 12, 29))).build();
        assertThat(roundTrip(policy, LocalPolicy.class)).isEqualTo(policy);
    }
}
