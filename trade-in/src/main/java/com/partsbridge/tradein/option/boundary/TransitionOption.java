package com.partsbridge.tradein.option.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One way to keep a customer going when the first-party part is gone: what it is, what it costs the
 * customer, how long it takes, and why we offer it. {@code price} is negative for a trade-in credit;
 * {@code offerId} names the partner offer a customer can follow (a referral).
 */
public record TransitionOption(
        int rank,
        Kind kind,
        Long offerId,
        String partNumber,
        String supplier,
        BigDecimal price,
        String currency,
        int leadTimeDays,
        String reason)
        implements Serializable {

    /** Ordered by preference when price and time are equal: keeping the unit beats replacing it. */
    public enum Kind {
        SUPERSEDING_PART,
        REFURBISHED_PART,
        PARTNER_OFFER,
        TRADE_IN
    }

    public TransitionOption ranked(int position) {
        return new TransitionOption(
                position, kind, offerId, partNumber, supplier, price, currency, leadTimeDays, reason);
    }
}
