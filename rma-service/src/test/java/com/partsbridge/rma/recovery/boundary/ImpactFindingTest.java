package com.partsbridge.rma.recovery.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImpactFindingTest {

    private static final Instant T = Instant.parse("2026-12-07T11:54:00Z");

    private static ImpactFinding from(Instant first) {
        return new ImpactFinding("RMA_TRACKING", "t", "d", Map.of("alice", 2, "bob", 2), first, first.plusSeconds(120));
    }

    @Test
    void failuresThatBeganBeforeTheEndOfADecidedIncidentWereAnsweredByIt() {
        // staff confirmed the proposal covering 11:54 to 11:56 while the detector counted from 11:54
        assertTrue(from(T).predates(T.plusSeconds(120)));
        assertTrue(from(T.plusSeconds(60)).predates(T.plusSeconds(120)));
    }

    @Test
    void failuresFromTheEndOfTheLastDecisionOnAreNew() {
        assertFalse(from(T.plusSeconds(120)).predates(T.plusSeconds(120)), "the detector counts from that minute on");
        assertFalse(from(T.plusSeconds(600)).predates(T.plusSeconds(120)));
        assertFalse(from(T).predates(null), "nothing decided on this journey yet");
    }
}
