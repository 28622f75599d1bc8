package com.partsbridge.rma.impact.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.rma.impact.entity.Journey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyTallyTest {

    static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    static FailureCount row(String customer, Journey journey, int minute, int failures) {
        return new FailureCount(customer, journey, T.plusSeconds(60L * minute), failures);
    }

    @Test
    void countsExactlyTheCustomersWhoFailedPerJourneyWithThePeriodOfTheirMinutes() {
        List<JourneyTally> tallies = JourneyTally.of(
                List.of(
                        row("alice", Journey.RMA_TRACKING, 0, 2),
                        row("bob", Journey.RMA_TRACKING, 3, 1),
                        row("alice", Journey.RMA_TRACKING, 4, 1),
                        row("carol", Journey.FIT_LOOKUP, 1, 5)),
                Map.of(Journey.RMA_TRACKING, T, Journey.FIT_LOOKUP, T));

        JourneyTally rmas = tallies.stream()
                .filter(t -> t.journey() == Journey.RMA_TRACKING)
                .findFirst()
                .orElseThrow();
        assertEquals(Map.of("alice", 3, "bob", 1), rmas.customers());
        assertEquals(4, rmas.failures());
        assertEquals(T, rmas.first());
        assertEquals(T.plusSeconds(5 * 60), rmas.end(), "the period ends with the last failing minute");
        assertEquals(2, tallies.size());
    }

    @Test
    void belowEitherThresholdIsNoIncident() {
        JourneyTally two = JourneyTally.of(
                        List.of(row("alice", Journey.ACCOUNT, 0, 2), row("bob", Journey.ACCOUNT, 0, 1)),
                        Map.of(Journey.ACCOUNT, T))
                .get(0);
        JourneyTally oneCustomer = JourneyTally.of(List.of(row("alice", Journey.ACCOUNT, 0, 40)), Map.of())
                .get(0);

        assertFalse(two.crosses(4, 2), "3 failures are below 4");
        assertTrue(two.crosses(3, 2));
        assertFalse(oneCustomer.crosses(4, 2), "many failures of one customer are not an incident of many");
    }

    @Test
    void minutesBeforeTheWindowAreNotCounted() {
        List<JourneyTally> tallies = JourneyTally.of(
                List.of(row("alice", Journey.ACCOUNT, -11, 9), row("bob", Journey.ACCOUNT, -1, 1)),
                Map.of(Journey.ACCOUNT, T.minusSeconds(600)));

        assertEquals(Map.of("bob", 1), tallies.get(0).customers());
    }
}
