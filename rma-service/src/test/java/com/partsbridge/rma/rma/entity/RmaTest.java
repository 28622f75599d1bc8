package com.partsbridge.rma.rma.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import com.partsbridge.rma.customer.entity.Customer;
import com.partsbridge.rma.customer.entity.RegisteredUnit;
import com.partsbridge.rma.customer.entity.WarrantyPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RmaTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    static Rma requested() {
        Customer alice = new Customer("alice", "Alice Archer", "alice@example.com");
        RegisteredUnit unit = new RegisteredUnit(
                alice, "HARMONY-880", "H880A01234", LocalDate.of(2025, 1, 15), "receipt", LocalDate.of(2026, 11, 22));
        RmaLine line = new RmaLine("BD-880-A", "BD-880-U", 1, ReturnReason.DAMAGED, Money.of(BigDecimal.ZERO, "EUR"));
        return new Rma(51, alice, unit, List.of(line), true, NOW, LocalDate.of(2026, 11, 25));
    }

    @Test
    void numbersTheRmaByYearAndSequence() {
        assertEquals("RMA-2026-000051", requested().number());
    }

    @Test
    void goesFromRequestToClosedThroughTheReturn() {
        Rma rma = requested();
        rma.verify("rita", null, NOW);
        rma.approve("rita", true, null, NOW);
        rma.ship("rita", "scanned BD-880-U", NOW);
        rma.deliver("carrier", NOW);
        assertEquals(RmaState.RETURN_EXPECTED, rma.state(), "the old part must come back first");
        rma.receiveReturn("rita", NOW);
        rma.close("rita", NOW);

        assertEquals(RmaState.CLOSED, rma.state());
        assertEquals(8, rma.history().size(), "every move is on the audit trail");
        assertFalse(rma.state().isOpen());
    }

    @Test
    void refusesToShipWhatWasNotApproved() {
        Rma rma = requested();
        rma.verify("rita", null, NOW);

        var error = assertThrows(ConflictException.class, () -> rma.ship("rita", null, NOW));
        assertEquals("illegal-transition", error.code());
        assertEquals(RmaState.VERIFIED, rma.state());
        assertEquals(2, rma.history().size(), "a refused move leaves no trace in the history");
    }

    @Test
    void endsAreFinal() {
        Rma rma = requested();
        rma.cancel("alice", "found the old door", NOW);

        assertThrows(ConflictException.class, () -> rma.verify("rita", null, NOW));
    }

    @Test
    void aRejectionNeedsAReason() {
        var error = assertThrows(InvalidInputException.class, () -> requested().reject("rita", " ", NOW));
        assertEquals("reason", error.field());
    }

    @Test
    void aFailedShipmentGoesBackToApprovedForAReplacement() {
        Rma rma = requested();
        rma.verify("rita", null, NOW);
        rma.approve("rita", false, null, NOW);
        rma.ship("rita", null, NOW);
        rma.reportLost("rita", "lost in transit", NOW);

        assertEquals(RmaState.APPROVED, rma.state());
    }

    @Test
    void refusesANoteLongerThanTheAuditTrailKeeps() {
        Rma rma = requested();

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> rma.verify("rita", "n".repeat(501), NOW));

        assertEquals("note", refused.field());
        assertEquals(RmaState.REQUESTED, rma.state());
        rma.verify("rita", "n".repeat(500), NOW);
        assertEquals(RmaState.VERIFIED, rma.state());
    }

    @Test
    void refusesAStaleVersion() {
        assertThrows(ConflictException.class, () -> requested().requireVersion(7L));
    }

    @Test
    void escalatesOnceToANamedOwner() {
        Rma rma = requested();
        rma.escalate("Dana Whitfield", NOW.plusSeconds(3600), NOW);
        rma.escalate("Someone Else", NOW.plusSeconds(7200), NOW);

        assertEquals("Dana Whitfield", rma.escalatedTo().orElseThrow());
    }

    @Test
    void isLateOnlyAfterThePromisedDay() {
        Rma rma = requested();
        assertFalse(rma.isLateOn(LocalDate.of(2026, 11, 25)));
        assertTrue(rma.isLateOn(LocalDate.of(2026, 11, 26)));
    }

    @Test
    void flagsABrokenShippingPromiseOnce() {
        Rma rma = requested(); // promised by 2026-11-25

        assertFalse(rma.flagLate(LocalDate.of(2026, 11, 25)), "not late on the promised day");
        assertTrue(rma.flagLate(LocalDate.of(2026, 11, 26)));
        assertFalse(rma.flagLate(LocalDate.of(2026, 11, 27)), "counted once");
    }

    @Test
    void aClosedRmaIsNeverLate() {
        Rma rma = requested();
        rma.cancel("alice", "no longer needed", NOW);

        assertFalse(rma.flagLate(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void warrantyCoversUntilTheDayBeforeTheAnniversary() {
        WarrantyPolicy twoYears = new WarrantyPolicy("HARMONY-880", 24);
        LocalDate bought = LocalDate.of(2024, 1, 15);

        assertTrue(twoYears.covers(bought, LocalDate.of(2026, 1, 14)));
        assertFalse(twoYears.covers(bought, LocalDate.of(2026, 1, 15)));
    }

    @Test
    void aLineNeedsASensibleQuantityAndAReason() {
        Money free = Money.of(BigDecimal.ZERO, "EUR");
        assertEquals(
                "quantity",
                assertThrows(InvalidInputException.class, () -> new RmaLine("A", "A", 0, ReturnReason.DAMAGED, free))
                        .field());
        assertEquals(
                "reason",
                assertThrows(InvalidInputException.class, () -> new RmaLine("A", "A", 1, null, free))
                        .field());
    }
}
