package com.partsbridge.rma.recovery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.Money;
import com.partsbridge.rma.recovery.boundary.ServiceFailure;
import com.partsbridge.rma.recovery.entity.ConcessionKind;
import com.partsbridge.rma.recovery.entity.FaultKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApologiesTest {

    static ServiceFailure failure(FaultKind kind) {
        return new ServiceFailure(
                kind,
                "k",
                "alice",
                "RMA-2026-000007",
                "Your Harmony 880 got BD-950",
                "Dana Whitfield",
                Instant.parse("2026-11-24T10:00:00Z"));
    }

    @Test
    void everyKindOwnsTheFaultAndNeverBlamesTheCustomer() {
        for (FaultKind kind : FaultKind.values()) {
            String body = Apologies.body(failure(kind), "Alice", Map.of());
            assertTrue(body.startsWith("Dear Alice,"), body);
            assertTrue(body.contains("We are sorry."), body);
            assertFalse(body.toLowerCase().contains("you feel"), "no non-apology: " + body);
            assertFalse(body.toLowerCase().contains("click"), "nothing to click: " + body);
        }
        assertTrue(Apologies.body(failure(FaultKind.WRONG_PART_DELIVERED), "Alice", Map.of())
                .contains("That was our mistake."));
    }

    @Test
    void anEscalationNamesTheOwnerAndTheDeadline() {
        String body = Apologies.body(failure(FaultKind.ESCALATION), "Alice", Map.of());

        assertTrue(body.contains("Dana Whitfield now owns it personally"), body);
        assertTrue(body.contains("24 Nov 2026 10:00 UTC"), body);
    }

    @Test
    void listsWhatWasAlreadyGranted() {
        Map<ConcessionKind, Money> granted = new EnumMap<>(ConcessionKind.class);
        granted.put(ConcessionKind.STORE_CREDIT, Money.of(new BigDecimal("15"), "EUR"));
        granted.put(ConcessionKind.FREE_EXPEDITED_SHIPPING, Money.zero("EUR"));

        String body = Apologies.body(failure(FaultKind.LATE_SHIPMENT), "Alice", granted);

        assertTrue(body.contains("store credit of 15.00 EUR"), body);
        assertTrue(body.contains("free expedited shipping"), body);
        assertTrue(body.contains("nothing for you to claim"), body);
    }

    @Test
    void concessionsFollowTheConfiguredRulePerKind() {
        Map<String, String> settings = Map.of(
                "partsbridge.recovery.late-shipment.credit",
                "7.50",
                "partsbridge.recovery.lost-shipment.expedited",
                "false");
        var wrongPart = ConcessionRules.concessionsFor(FaultKind.WRONG_PART_DELIVERED, name -> Optional.empty());
        var escalation = ConcessionRules.concessionsFor(FaultKind.ESCALATION, name -> Optional.empty());
        var late = ConcessionRules.concessionsFor(FaultKind.LATE_SHIPMENT, k -> Optional.ofNullable(settings.get(k)));
        var lost = ConcessionRules.concessionsFor(FaultKind.LOST_SHIPMENT, k -> Optional.ofNullable(settings.get(k)));

        assertEquals(Money.of(new BigDecimal("15.00"), "EUR"), wrongPart.get(ConcessionKind.STORE_CREDIT));
        assertTrue(wrongPart.containsKey(ConcessionKind.FREE_EXPEDITED_SHIPPING));
        assertFalse(escalation.containsKey(ConcessionKind.FREE_EXPEDITED_SHIPPING));
        assertEquals(Money.of(new BigDecimal("7.50"), "EUR"), late.get(ConcessionKind.STORE_CREDIT), "configured");
        assertFalse(lost.containsKey(ConcessionKind.FREE_EXPEDITED_SHIPPING), "configured off");
    }
}
