package com.partsbridge.tradein.program.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TradeInProgramTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final TradeInProgram harmony880 = new TradeInProgram(
            "HARMONY-880",
            "HARMONY-950",
            Money.of(new BigDecimal("60.00"), "EUR"),
            new BigDecimal("0.015"),
            new BigDecimal("15.00"),
            30);

    @Test
    void depreciatesByWholeMonthsOfAgeThenAppliesTheGrade() {
        // 22 months old: 60 x (1 - 22 x 0.015) = 40.20; grade B keeps 80%
        assertEquals(
                Money.of(new BigDecimal("32.16"), "EUR"),
                harmony880.creditFor(LocalDate.of(2025, 1, 15), ConditionGrade.B, TODAY));
    }

    @Test
    void aNewUnitInGradeAKeepsTheWholeBaseCredit() {
        assertEquals(Money.of(new BigDecimal("60.00"), "EUR"), harmony880.creditFor(TODAY, ConditionGrade.A, TODAY));
    }

    @Test
    void neverFallsBelowTheFloorBeforeTheGrade() {
        // 10 years old would be negative; the floor of 15 holds, then grade D keeps 30%
        assertEquals(
                Money.of(new BigDecimal("4.50"), "EUR"),
                harmony880.creditFor(LocalDate.of(2016, 11, 1), ConditionGrade.D, TODAY));
    }

    @Test
    void refusesAPurchaseInTheFuture() {
        assertEquals(
                "purchasedOn",
                assertThrows(
                                InvalidInputException.class,
                                () -> harmony880.creditFor(TODAY.plusDays(1), ConditionGrade.A, TODAY))
                        .field());
    }

    @Test
    void refusesAFloorAboveTheBaseCredit() {
        assertEquals(
                "floorCredit",
                assertThrows(
                                InvalidInputException.class,
                                () -> new TradeInProgram(
                                        "M",
                                        "N",
                                        Money.of(new BigDecimal("10"), "EUR"),
                                        new BigDecimal("0.01"),
                                        new BigDecimal("11"),
                                        30))
                        .field());
    }
}
