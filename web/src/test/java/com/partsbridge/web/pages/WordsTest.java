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

    @Test
    void everyCaseTopicStatusAndRungHasWordsThatAreNotItsCode() {
        for (var topic : com.partsbridge.rma.casework.entity.Topic.values()) {
            assertFalse(words.topic(topic).isBlank());
            assertFalse(words.topic(topic).contains(topic.name()), topic::name);
        }
        for (var status : com.partsbridge.rma.casework.entity.CaseStatus.values()) {
            assertFalse(words.caseStatus(status).contains(status.name()), status::name);
        }
        for (var step : com.partsbridge.rma.casework.entity.LadderStep.values()) {
            assertFalse(words.step(step).contains(step.name()), step::name);
        }
        for (var kind : com.partsbridge.rma.casework.entity.CaseEventKind.values()) {
            assertFalse(words.caseEvent(kind).isBlank(), kind::name);
            assertFalse(words.caseEventForStaff(kind).isBlank(), kind::name);
            assertFalse(
                    words.caseEventForStaff(kind).contains("your")
                            || words.caseEventForStaff(kind).startsWith("You"),
                    "staff read of the writer, not of themselves: " + kind);
        }
    }

    // ---- Admin console: partners and trade-in (issue 13, item 2) ----

    @Test
    void feedStatusesReferralStatesAndPartnerChangesAreWordsAndRatesArePercentages() {
        for (var status : com.partsbridge.tradein.feed.entity.OfferFeed.Status.values()) {
            String said = words.feedStatus(status.name());
            assertFalse(said.isBlank() || said.equals(status.name()), status::name);
        }
        for (var state : com.partsbridge.tradein.referral.entity.Referral.State.values()) {
            String said = words.referralState(state.name());
            assertFalse(said.isBlank() || said.equals(state.name()), state::name);
        }
        for (var action : com.partsbridge.tradein.partner.entity.PartnerEvent.Action.values()) {
            String said = words.partnerEvent(action.name());
            assertFalse(said.isBlank() || said.equals(action.name()), action::name);
        }
        assertEquals("8%", words.percentOf(new java.math.BigDecimal("0.08")));
        assertEquals("1.5%", words.percentOf(new java.math.BigDecimal("0.015")));
        assertEquals("", words.percentOf(null));
    }

    @Test
    void everyJourneyAndIncidentStateHasWordsThatAreNotItsCode() {
        for (com.partsbridge.rma.impact.entity.Journey journey : com.partsbridge.rma.impact.entity.Journey.values()) {
            String said = words.journey(journey.name());
            assertFalse(said.isBlank() || said.contains("_") || said.equals(journey.name()), journey::name);
        }
        for (com.partsbridge.rma.recovery.entity.IncidentStatus status :
                com.partsbridge.rma.recovery.entity.IncidentStatus.values()) {
            String said = words.incidentState(status);
            assertFalse(said.isBlank() || said.equals(status.name()), status::name);
        }
    }

    @Test
    void everyCatalogLifecycleAndInterchangeabilityHasWordsAndTheTrailShowsLifecyclesInWords() {
        for (var l : com.partsbridge.catalog.part.entity.PartLifecycle.values()) {
            assertFalse(
                    words.partLifecycle(l).isBlank() || words.partLifecycle(l).contains("_"), l::name);
        }
        for (var l : com.partsbridge.catalog.model.entity.ModelLifecycle.values()) {
            assertFalse(
                    words.modelLifecycle(l).isBlank() || words.modelLifecycle(l).contains("_"), l::name);
        }
        for (var i : com.partsbridge.catalog.part.entity.Interchangeability.values()) {
            assertFalse(
                    words.interchangeability(i).isBlank()
                            || words.interchangeability(i).contains("_"),
                    i::name);
        }
        assertEquals("Last-time buy (while stock lasts)", words.changeValue("lifecycle", "LAST_TIME_BUY"));
        assertEquals("12.40 EUR", words.changeValue("list price", "12.40 EUR"));
        assertEquals("none", words.changeValue("successor", null));
        assertEquals("12.00 EUR, 7 on hand, Active", words.changeValue("added", "12.00 EUR, 7 on hand, ACTIVE"));
    }

    @Test
    void saysASpanOfMinutesInDaysHoursAndMinutes() {
        assertEquals("-", words.minutes(null));
        assertEquals("1 minute", words.minutes(1L));
        assertEquals("2 hours 5 minutes", words.minutes(125L));
        assertEquals("1 day 1 hour", words.minutes(24 * 60 + 60 + 59L));
        assertEquals("3 days", words.minutes(3 * 24 * 60L));
        assertEquals("1,234", words.count(1234));
    }

    @Test
    void saysEveryServiceHistoryEntryAndTheDeliveryClockInWords() {
        for (com.partsbridge.rma.history.boundary.HistoryEntry.Kind kind :
                com.partsbridge.rma.history.boundary.HistoryEntry.Kind.values()) {
            String said = words.history(kind);
            assertFalse(said == null || said.isBlank() || said.equals(kind.name()), kind::name);
        }
        RmaView.Event warned = new RmaView.Event(
                Instant.EPOCH,
                "system",
                RmaState.APPROVED,
                RmaState.APPROVED,
                "delivery due by 2026-12-14: warning sent");
        RmaView.Event broken = new RmaView.Event(
                Instant.EPOCH, "system", RmaState.APPROVED, RmaState.APPROVED, "delivery promise of 2026-12-14 broken");
        RmaView.Event escalated =
                new RmaView.Event(Instant.EPOCH, "system", RmaState.APPROVED, RmaState.APPROVED, "escalated to Dana");
        assertEquals("Delivery due soon: owner warned", words.deskEvent(warned));
        assertEquals("Delivery promise broken", words.deskEvent(broken));
        assertEquals("Escalated", words.deskEvent(escalated));
        assertEquals("We missed the delivery date we promised", words.event(broken, "alice"));
        assertEquals("We escalated your case", words.event(escalated, "alice"));
    }
}
