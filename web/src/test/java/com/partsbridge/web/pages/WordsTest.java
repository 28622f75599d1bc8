package com.partsbridge.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.rma.recovery.entity.FaultKind;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.entity.RmaState;
import com.partsbridge.tradein.program.entity.ConditionGrade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordsTest {

    private final Words words = new Words(Locale.UK);

    @Test
    void everyRmaStateAndFaultKindHasWordsThatAreNotItsCode() {
        for (RmaState state : RmaState.values()) {
            String said = words.state(state);
            assertFalse(said == null || said.isBlank() || said.equals(state.name()), state::name);
            String moved = words.event(new RmaView.Event(Instant.EPOCH, "rita", null, state, null), "alice");
            assertFalse(moved.contains("null") || moved.contains(state.name()), moved);
        }
        for (FaultKind kind : FaultKind.values()) {
            assertFalse(words.fault(kind) == null || words.fault(kind).contains("_"), kind::name);
        }
    }

    @Test
    void aMoveBackToApprovedAfterShippingIsAReplacementAndTheCustomerIsYou() {
        assertEquals(
                "We are sending a replacement",
                words.event(
                        new RmaView.Event(Instant.EPOCH, "rita", RmaState.SHIPPED, RmaState.APPROVED, "lost"),
                        "alice"));
        assertEquals(
                "You asked for the part",
                words.event(new RmaView.Event(Instant.EPOCH, "alice", null, RmaState.REQUESTED, "requested"), "alice"));
        assertEquals("", words.note(new RmaView.Event(Instant.EPOCH, "alice", null, RmaState.REQUESTED, "requested")));
    }

    @Test
    void gradesAreExplainedWithTheirShareOfTheCredit() {
        for (ConditionGrade grade : ConditionGrade.values()) {
            assertTrue(words.grade(grade.name()).startsWith(grade.name() + ": "), grade::name);
        }
        assertEquals("D: works but worn (30% of the full credit)", words.grade("D"));
    }

    @Test
    void datesAndInstantsAreWordsInTheReadersLocaleAndBerlinTime() {
        assertEquals("25 Nov 2026", words.date(LocalDate.of(2026, 11, 25)));
        // 01:26 UTC is 02:26 in Berlin in November
        assertEquals("25 Nov 2026, 02:26", words.time(Instant.parse("2026-11-25T01:26:13.700348Z")));
    }

    @Test
    void onlyARegionZoneFromTheBrowserIsTaken() {
        assertEquals(
                java.time.ZoneId.of("America/New_York"),
                Words.regionZone("America/New_York").orElseThrow());
        assertEquals(
                java.time.ZoneId.of("America/Argentina/Buenos_Aires"),
                Words.regionZone("America/Argentina/Buenos_Aires").orElseThrow());
        for (String bad : new String[] {null, "", "UTC+5", "Mars/Olympus_Mons", "Europe/Berlin;x=1", "../../etc"}) {
            assertTrue(Words.regionZone(bad).isEmpty(), String.valueOf(bad));
        }
    }

    // ---- Rep desk (issue 13, item 1) ----

    @Test
    void theDeskHasWordsForEveryStateAndGateAndNamesWhoActed() {
        for (RmaState state : RmaState.values()) {
            String said = words.deskState(state);
            assertFalse(said == null || said.isBlank() || said.equals(state.name()), state::name);
        }
        for (com.partsbridge.rma.rma.entity.Gate gate : com.partsbridge.rma.rma.entity.Gate.values()) {
            assertFalse(words.gate(gate) == null || words.gate(gate).equals(gate.name()), gate::name);
        }
        RmaView.Event lost = new RmaView.Event(Instant.EPOCH, "rita", RmaState.SHIPPED, RmaState.APPROVED, "lost");
        assertEquals("Delivery failed: a replacement ships", words.deskEvent(lost));
        assertEquals("rita", words.deskActor(lost, "alice"));
        RmaView.Event asked = new RmaView.Event(Instant.EPOCH, "alice", null, RmaState.REQUESTED, null);
        assertEquals("alice (customer)", words.deskActor(asked, "alice"));
        assertEquals("Requested", words.deskEvent(asked));
    }
}
