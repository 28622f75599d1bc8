package com.partsbridge.tradein.referral.boundary;

import com.partsbridge.tradein.referral.entity.Referral;
import java.math.BigDecimal;
import java.time.Instant;

public record ReferralView(long id, long partnerId, String partner, String ourPartNumber, String partnerPartNumber,
        BigDecimal salePrice, String currency, String state, Instant changedAt, String changedBy, BigDecimal royalty) {

    static ReferralView of(Referral r) {
        return new ReferralView(r.id(), r.partner().id(), r.partner().name(), r.ourPartNumber(),
                r.partnerPartNumber(), r.salePrice().amount(), r.salePrice().currency(), r.state().name(),
                r.changedAt(), r.changedBy(), r.royalty().map(m -> m.amount()).orElse(null));
    }
}
