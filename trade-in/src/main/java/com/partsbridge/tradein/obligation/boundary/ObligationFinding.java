package com.partsbridge.tradein.obligation.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * One model against its obligation: until when we owe parts, until when the catalog promises them, and
 * what breaches or will breach it.
 */
public record ObligationFinding(
        String modelCode,
        int yearsAfterLastSale,
        int deliveryDays,
        LocalDate lastSale,
        LocalDate owedUntil,
        LocalDate partsSupportUntil,
        boolean underObligation,
        List<String> breaches) {}
