package com.partsbridge.tradein.partner.boundary;

import com.partsbridge.tradein.partner.entity.Partner;
import java.io.Serializable;
import java.math.BigDecimal;

public record PartnerView(long id, String name, BigDecimal royaltyRate, boolean active, int requestsPerMinute)
        implements Serializable {

    static PartnerView of(Partner p) {
        return new PartnerView(p.id(), p.name(), p.royaltyRate(), p.active(), p.requestsPerMinute());
    }
}
