package com.partsbridge.tradein.quote.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.RuleViolationException;
import com.partsbridge.tradein.program.entity.ConditionGrade;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TradeInQuoteTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final Money CREDIT = Money.of(new BigDecimal("32.16"), "EUR");

    final TradeInQuote quote = new TradeInQuote(
            "alice",
            7L,
            "HARMONY-880",
            "H880A01234",
            LocalDate.of(2025, 1, 15),
            ConditionGrade.B,
            CREDIT,
            "HARMONY-950",
            NOW,
            NOW.plus(Duration.ofDays(30)));

    @Test
    void anOpenQuoteHoldsItsUnitsOpenQuoteKeyAndNoCreditKey() throws Exception {
        assertEquals(7L, key(quote, "openUnitId"));
        assertEquals(null, key(quote, "creditUnitId"));
    }

    @Test
    void acceptingGrantsTheCreditQuotedAndMovesTheUnitFromTheOpenKeyToTheCreditKey() throws Exception {
        quote.accept("TIC-1", NOW.plusSeconds(60));

        assertEquals(TradeInQuote.State.ACCEPTED, quote.state());
        assertEquals(CREDIT, quote.credit(), "the credit granted is the credit quoted");
        assertEquals(null, key(quote, "openUnitId"));
        assertEquals(7L, key(quote, "creditUnitId"));
        assertTrue(quote.isCredited());
    }

    @Test
    void aSecondAcceptanceIsAConflictAndKeepsTheFirstCode() {
        quote.accept("TIC-1", NOW.plusSeconds(60));

        assertEquals(
                "quote-not-open",
                assertThrows(ConflictException.class, () -> quote.accept("TIC-2", NOW.plusSeconds(120)))
                        .code());
        assertEquals("TIC-1", quote.creditCode().orElseThrow());
    }

    @Test
    void aNewerQuoteSupersedesAnOpenOneWhichThenCannotBeAccepted() throws Exception {
        quote.closeForNewerQuote(NOW.plusSeconds(60));

        assertEquals(TradeInQuote.State.SUPERSEDED, quote.state());
        assertEquals(null, key(quote, "openUnitId"), "the unit's open-quote key is free for the newer quote");
        assertTrue(quote.note().orElseThrow().contains("superseded"));
        assertFalse(quote.isOpen());
        assertThrows(ConflictException.class, () -> quote.accept("TIC-1", NOW.plusSeconds(120)));
    }

    @Test
    void anOpenQuotePastItsExpiryIsClosedAsExpiredByTheNextQuote() {
        Instant later = NOW.plus(Duration.ofDays(31));
        assertEquals(
                "quote-expired",
                assertThrows(RuleViolationException.class, () -> quote.accept("TIC-1", later))
                        .code());

        quote.closeForNewerQuote(later);

        assertEquals(TradeInQuote.State.EXPIRED, quote.state());
    }

    @Test
    void aCreditedQuoteIsNotClosedByANewerQuote() {
        quote.accept("TIC-1", NOW.plusSeconds(60));

        assertThrows(ConflictException.class, () -> quote.closeForNewerQuote(NOW.plusSeconds(120)));
        assertEquals(TradeInQuote.State.ACCEPTED, quote.state());
    }

    @Test
    void aReceiptKeepsTheUnitsCredit() throws Exception {
        quote.accept("TIC-1", NOW.plusSeconds(60));

        quote.receive(ConditionGrade.C, Money.of(new BigDecimal("24.12"), "EUR"));

        assertEquals(7L, key(quote, "creditUnitId"), "a re-graded unit still has had its one credit");
        assertTrue(quote.isCredited());
    }

    /** The unique-key columns are not part of the entity's API; the database relies on them. */
    private static Object key(TradeInQuote quote, String name) throws ReflectiveOperationException {
        Field field = TradeInQuote.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(quote);
    }
}
