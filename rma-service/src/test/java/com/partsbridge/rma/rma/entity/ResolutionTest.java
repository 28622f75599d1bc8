package com.partsbridge.rma.rma.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolution rules: which one is automatic when, each in the state machine, and money exactly once. */
class ResolutionTest {

    static final Instant NOW = RmaTest.NOW;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final ResolutionRules RULES = new ResolutionRules(new BigDecimal("2.00"), 14, 7, Settlement.CHARGE);
    static final List<BigDecimal> WORTH_11_50 = List.of(new BigDecimal("11.50"));

    static Rma verified() {
        Rma rma = RmaTest.requested();
        rma.verify("rita", null, NOW);
        return rma;
    }

    @Test
    void aPartCheaperThanItsReturnIsKeptWithNoChargeWhateverTheRepAsked() {
        assertEquals(Resolution.KEEP_IT, RULES.effective(Resolution.REPLACE, new BigDecimal("1.99"), false));
        assertEquals(
                Resolution.KEEP_IT, RULES.effective(Resolution.ADVANCE_REPLACEMENT, new BigDecimal("0.50"), false));
        assertEquals(Resolution.REPLACE, RULES.effective(Resolution.REPLACE, new BigDecimal("2.00"), false));
        assertEquals(Resolution.REFUND, RULES.effective(Resolution.REFUND, new BigDecimal("1.00"), false));
    }

    @Test
    void afterAWrongPartWeShippedNoReturnIsAsked() {
        assertEquals(Resolution.KEEP_IT, RULES.effective(Resolution.REPLACE, new BigDecimal("99.00"), true));
        assertEquals(Resolution.STORE_CREDIT, RULES.effective(Resolution.STORE_CREDIT, new BigDecimal("99.00"), true));
    }

    @Test
    void theAutomaticKeepItIsSaidInTheApprovalsOwnAuditLine() {
        Rma rma = verified();
        rma.approve("rita", Resolution.REPLACE, List.of(new BigDecimal("1.20")), RULES, null, NOW);

        assertEquals(Resolution.KEEP_IT, rma.lines().get(0).resolution().orElseThrow());
        assertFalse(rma.returnRequired());
        assertEquals(3, rma.history().size(), "no extra audit line");
        assertTrue(
                rma.history().get(2).note().contains("keep it, no charge"),
                rma.history().get(2).note());
    }

    @Test
    void aWrongDeliveryTurnsAReturnIntoKeepIt() {
        Rma rma = verified();
        rma.approve("rita", Resolution.REPLACE, WORTH_11_50, RULES, null, NOW);
        rma.ship("rita", null, NOW);
        rma.deliver("rita", NOW);
        assertEquals(RmaState.RETURN_EXPECTED, rma.state());

        Rma wrong = verified();
        wrong.approve("rita", Resolution.REPLACE, WORTH_11_50, RULES, null, NOW);
        wrong.ship("rita", null, NOW);
        wrong.reportWrongDelivery("alice", "got a hinge", NOW);

        assertEquals(Resolution.KEEP_IT, wrong.lines().get(0).resolution().orElseThrow());
        assertTrue(wrong.wrongPartShipped());
        wrong.chooseResolution(null, Resolution.REPLACE, WORTH_11_50, RULES, "rita", null, NOW);
        assertEquals(
                Resolution.KEEP_IT,
                wrong.lines().get(0).resolution().orElseThrow(),
                "a return is not asked again after our mistake");
        wrong.ship("rita", null, NOW);
        wrong.deliver("rita", NOW);
        assertEquals(RmaState.DELIVERED, wrong.state(), "no return expected after our mistake");
    }

    @Test
    void moneyAndShipmentDoNotMixOnOneRma() {
        Rma rma = verified();
        rma.approve("rita", Resolution.REPLACE, WORTH_11_50, RULES, null, NOW);
        // one line: a refund for "every line" is fine; the mix is refused on RMAs with more lines (see Rma)
        assertEquals(
                1,
                rma.chooseResolution(1, Resolution.REFUND, WORTH_11_50, RULES, "rita", null, NOW)
                        .size());
    }

    @Test
    void aRefundPaysTheLinesValueOnceAndClosesWithoutAShipment() {
        Rma rma = verified();
        List<RmaLine> settled = rma.approve("rita", Resolution.REFUND, WORTH_11_50, RULES, null, NOW);

        assertEquals(1, settled.size());
        assertEquals(Settlement.REFUND, settled.get(0).settlement().orElseThrow());
        assertEquals(
                Money.of(new BigDecimal("11.50"), "EUR"),
                settled.get(0).settled().orElseThrow());
        assertEquals(RmaState.CLOSED, rma.state());
        assertTrue(rma.history().get(rma.history().size() - 1).note().contains("refunded 11.50 EUR"));

        assertThrows(
                ConflictException.class,
                () -> rma.chooseResolution(null, Resolution.STORE_CREDIT, WORTH_11_50, RULES, "rita", null, NOW),
                "a second choice cannot pay again");
        assertFalse(rma.lines().get(0).settle(Settlement.REFUND, NOW), "a line is settled once");
        assertEquals(Settlement.REFUND, rma.lines().get(0).settlement().orElseThrow());
    }

    @Test
    void storeCreditAfterApprovalPaysOnceAndIsAudited() {
        Rma rma = verified();
        rma.approve("rita", Resolution.REPLACE, WORTH_11_50, RULES, null, NOW);
        List<RmaLine> settled =
                rma.chooseResolution(null, Resolution.STORE_CREDIT, WORTH_11_50, RULES, "rita", "out of stock", NOW);

        assertEquals(Settlement.STORE_CREDIT, settled.get(0).settlement().orElseThrow());
        RmaEvent last = rma.history().get(rma.history().size() - 1);
        assertEquals(RmaState.APPROVED, last.from());
        assertEquals(RmaState.CLOSED, last.to());
        assertTrue(last.note().contains("store credit of 11.50 EUR"), last.note());
    }

    @Test
    void aResolutionChangeBeforeShippingIsAuditedWithoutAMove() {
        Rma rma = verified();
        rma.approve("rita", Resolution.KEEP_IT, WORTH_11_50, RULES, null, NOW);
        rma.chooseResolution(1, Resolution.ADVANCE_REPLACEMENT, WORTH_11_50, RULES, "rita", null, NOW);

        RmaEvent last = rma.history().get(rma.history().size() - 1);
        assertEquals(RmaState.APPROVED, last.from());
        assertEquals(RmaState.APPROVED, last.to());
        assertTrue(last.note().startsWith("resolution: advance replacement"), last.note());
        assertTrue(rma.returnRequired());
    }

    @Test
    void aResolutionIsNotChangedOnceThePartShipped() {
        Rma rma = verified();
        rma.approve("rita", Resolution.REPLACE, WORTH_11_50, RULES, null, NOW);
        rma.ship("rita", null, NOW);

        assertThrows(
                ConflictException.class,
                () -> rma.chooseResolution(null, Resolution.REFUND, WORTH_11_50, RULES, "rita", null, NOW));
        assertThrows(
                ConflictException.class,
                () -> verified().chooseResolution(null, Resolution.REFUND, WORTH_11_50, RULES, "rita", null, NOW),
                "only an approved RMA is resolved");
    }

    @Test
    void anUnknownLineIsNamed() {
        Rma rma = verified();
        rma.approve("rita", Resolution.REPLACE, WORTH_11_50, RULES, null, NOW);
        var refused = assertThrows(
                InvalidInputException.class,
                () -> rma.chooseResolution(2, Resolution.KEEP_IT, WORTH_11_50, RULES, "rita", null, NOW));
        assertEquals("lineNo", refused.field());
    }

    @Test
    void anOverdueAdvanceReturnIsToldFirstThenChargedOnceAfterTheGrace() {
        Rma rma = advanceReplacedAndDelivered();
        LocalDate due = rma.returnDueOn().orElseThrow();

        assertFalse(rma.remindOverdueReturn(due, NOW), "not overdue on its due day");
        assertTrue(rma.settleUnreturned(due.plusDays(30), RULES, NOW).isEmpty(), "never charged before a notice");

        assertTrue(rma.remindOverdueReturn(due.plusDays(1), NOW));
        assertFalse(rma.remindOverdueReturn(due.plusDays(2), NOW), "told once");
        assertTrue(rma.settleUnreturned(due.plusDays(7), RULES, NOW).isEmpty(), "the grace is not over");

        List<RmaLine> charged = rma.settleUnreturned(due.plusDays(8), RULES, NOW);
        assertEquals(1, charged.size());
        assertEquals(Settlement.CHARGE, charged.get(0).settlement().orElseThrow());
        assertEquals(
                Money.of(new BigDecimal("11.50"), "EUR"),
                charged.get(0).settled().orElseThrow());
        assertEquals(RmaState.CLOSED, rma.state());

        assertTrue(
                rma.settleUnreturned(due.plusDays(9), RULES, NOW).isEmpty(), "the timer firing again charges nothing");
        long audited = rma.history().stream()
                .filter(e -> e.note() != null && e.note().contains("charged"))
                .count();
        assertEquals(1, audited);
    }

    @Test
    void theWriteOffRuleClosesTheReturnWithoutACharge() {
        ResolutionRules writeOff = new ResolutionRules(new BigDecimal("2.00"), 14, 7, Settlement.WRITE_OFF);
        Rma rma = advanceReplacedAndDelivered();
        LocalDate due = rma.returnDueOn().orElseThrow();
        rma.remindOverdueReturn(due.plusDays(1), NOW);

        List<RmaLine> closed = rma.settleUnreturned(due.plusDays(8), writeOff, NOW);
        assertEquals(Settlement.WRITE_OFF, closed.get(0).settlement().orElseThrow());
        assertEquals(RmaState.CLOSED, rma.state());
    }

    @Test
    void aReturnReceivedInTimeIsNeverCharged() {
        Rma rma = advanceReplacedAndDelivered();
        LocalDate due = rma.returnDueOn().orElseThrow();
        rma.receiveReturn("rita", NOW);

        assertFalse(rma.remindOverdueReturn(due.plusDays(1), NOW));
        assertTrue(rma.settleUnreturned(due.plusDays(30), RULES, NOW).isEmpty());
        assertTrue(rma.lines().get(0).settlement().isEmpty());
    }

    @Test
    void onlyAnAdvanceReplacementGetsAReturnDate() {
        Rma rma = verified();
        rma.approve("rita", Resolution.REPLACE, WORTH_11_50, RULES, null, NOW);
        rma.ship("rita", null, NOW);
        rma.expectAdvanceReturnBy(TODAY.plusDays(14));
        assertTrue(rma.returnDueOn().isEmpty());
    }

    @Test
    void theUnreturnedRuleIsAChargeOrAWriteOff() {
        assertThrows(
                IllegalArgumentException.class, () -> new ResolutionRules(BigDecimal.ONE, 14, 7, Settlement.REFUND));
    }

    private static Rma advanceReplacedAndDelivered() {
        Rma rma = verified();
        rma.approve("rita", Resolution.ADVANCE_REPLACEMENT, WORTH_11_50, RULES, null, NOW);
        rma.ship("rita", null, NOW);
        rma.expectAdvanceReturnBy(TODAY.plusDays(14));
        rma.deliver("rita", NOW);
        assertEquals(RmaState.RETURN_EXPECTED, rma.state());
        return rma;
    }
}
