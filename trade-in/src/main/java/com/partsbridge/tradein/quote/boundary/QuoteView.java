package com.partsbridge.tradein.quote.boundary;

import com.partsbridge.tradein.quote.entity.TradeInQuote;
import java.math.BigDecimal;
import java.time.Instant;

/** A quote as its customer sees it; {@code unitId} is null only on quotes made before quotes named their unit. */
public record QuoteView(
        long id,
        Long unitId,
        String modelCode,
        String serial,
        String grade,
        BigDecimal credit,
        String currency,
        String successorCode,
        Instant expiresAt,
        String state,
        String creditCode,
        String note) {

    static QuoteView of(TradeInQuote q) {
        return new QuoteView(
                q.id(),
                q.unitId().orElse(null),
                q.modelCode(),
                q.serial(),
                q.grade().name(),
                q.credit().amount(),
                q.credit().currency(),
                q.successorCode(),
                q.expiresAt(),
                q.state().name(),
                q.creditCode().orElse(null),
                q.note().orElse(null));
    }
}
