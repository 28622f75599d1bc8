package com.partsbridge.tradein.referral.boundary;

import com.partsbridge.tradein.referral.entity.Referral;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record ReferralView(
        long id,
        long partnerId,
        String partner,
        String ourPartNumber,
        String partnerPartNumber,
        BigDecimal salePrice,
        String currency,
        String state,
        BigDecimal royalty,
        List<Step> history)
        implements Serializable {

    /** Who moved the referral to which state, and when. */
    public record Step(Instant at, String actor, String from, String to) implements Serializable {}

    static ReferralView of(Referral r) {
        return new ReferralView(
                r.id(),
                r.partner().id(),
                r.partner().name(),
                r.ourPartNumber(),
                r.partnerPartNumber(),
                r.salePrice().amount(),
                r.salePrice().currency(),
                r.state().name(),
                r.royalty().map(m -> m.amount()).orElse(null),
                r.history().stream()
                        .map(e -> new Step(
                                e.occurredAt(),
                                e.actor(),
                                e.from() == null ? null : e.from().name(),
                                e.to().name()))
                        .toList());
    }
}
