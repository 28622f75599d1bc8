package com.partsbridge.tradein.obligation.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One model against its obligation: until when we owe parts, until when the catalog promises them, and
 * what breaches or will breach it: in sentences ({@code breaches}, for API clients and figures) and as the facts
 * the sentences state ({@link #catalogPromisesTooLittle()}, {@code positionsWithoutPart}), which pages put in
 * their reader's words and date format.
 */
public record ObligationFinding(
        String modelCode,
        int yearsAfterLastSale,
        int deliveryDays,
        LocalDate lastSale,
        LocalDate owedUntil,
        LocalDate partsSupportUntil,
        boolean underObligation,
        List<String> breaches,
        List<String> positionsWithoutPart)
        implements Serializable {

    /** Whether the catalog promises parts for less long than we owe them (or names no date while we owe them). */
    public boolean catalogPromisesTooLittle() {
        return catalogPromisesTooLittle(owedUntil, partsSupportUntil);
    }

    static boolean catalogPromisesTooLittle(LocalDate owedUntil, LocalDate partsSupportUntil) {
        return owedUntil != null && (partsSupportUntil == null || partsSupportUntil.isBefore(owedUntil));
    }
}
