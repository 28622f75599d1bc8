package com.partsbridge.tradein.quote.boundary;

import com.partsbridge.tradein.quote.entity.TradeInQuote;
import java.math.BigDecimal;
import java.time.Instant;

public record QuoteView(long id, String modelCode, String serial, String grade, BigDecimal credit, String currency,
        String successorCode, Instant expiresAt, String state, String creditCode, String note) {

    static QuoteView of(TradeInQuote q) {
        return new QuoteView(q.id(), q.modelCode(), q.serial(), q.grade().name(), q.credit().amount(),
                q.credit().currency(), q.successorCode(), q.expiresAt(), q.state().name(),
                q.creditCode().orElse(null), q.note().orElse(null));
    }
}
