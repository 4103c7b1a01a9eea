package org.cscrules.test.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.cscrules.core.RequestValidator;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintRequest;
import org.junit.jupiter.api.Test;

/**
 * The generators give what they promise: every request valid as at the clock's day, every role
 * reached; every journey's events dated from its receipt to the clock's day, and valid events.
 */
class CscRulesArbitrariesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));
    private static final RequestValidator VALIDATOR = RequestValidator.create(CLOCK);
    private static final Set<ComplainantRole> ROLES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Provide
    Arbitrary<ComplaintRequest> requests() {
        return CscRulesArbitraries.validRequests(CLOCK);
    }

    @Provide
    Arbitrary<Journey> journeys() {
        return CscRulesArbitraries.journeys(CLOCK);
    }

    @Property(tries = 2000, seed = "20261123")
    void everyRequestIsValidAsAtTheClocksDay(@ForAll("requests") ComplaintRequest request) {
        assertThat(VALIDATOR.violations(request)).isEmpty();
        assertThat(request.dates().received()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 23));
        ROLES.add(request.complainantRole());
    }

    /** 2,000 tries reach every role of s26(3)-(3C), s24D and reg. 21. */
    @AfterContainer
    static void everyRoleIsReached() {
        assertThat(EnumSet.complementOf(ROLES.isEmpty() ? EnumSet.noneOf(ComplainantRole.class) : EnumSet.copyOf(ROLES)))
                .as("roles no request had").isEmpty();
    }

    @Property(tries = 500, seed = "20261123")
    void everyJourneyRunsFromItsReceiptToTheClocksDay(@ForAll("journeys") Journey journey) {
        LocalDate received = journey.start().received();
        assertThat(journey.start().stage1ClockStart()).isBetween(received, LocalDate.of(2026, 11, 23));
        assertThat(journey.events()).hasSizeBetween(3, 20);
        for (ProcessEvent event : journey.events()) {
            assertThat(event.date()).isBetween(received, LocalDate.of(2026, 11, 23));
        }
        assertThat(journey.events()).extracting(ProcessEvent::type).isSubsetOf(EnumSet.allOf(EventType.class));
    }

    @Test
    void aClockIsRequired() {
        assertThatThrownBy(() -> CscRulesArbitraries.validRequests(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CscRulesArbitraries.journeys(null)).isInstanceOf(IllegalArgumentException.class);
        Clock early = Clock.fixed(Instant.parse("2005-01-01T12:00:00Z"), ZoneId.of("Europe/London"));
        assertThatThrownBy(() -> CscRulesArbitraries.validRequests(early))
                .hasMessage("the clock's day must be on or after 2006-09-01, when the 2006 regulations came into force");
        assertThatThrownBy(() -> CscRulesArbitraries.journeys(early)).hasMessage("the clock's day must be on or after 2012-01-01");
        assertThatThrownBy(() -> new Journey(journeys().sample().start(), List.of()).events().add(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
