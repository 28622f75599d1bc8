package com.partsbridge.tradein.partner.boundary;

import com.partsbridge.tradein.partner.entity.Offer;
import java.io.Serializable;
import java.math.BigDecimal;

public record OfferView(
        long id,
        long partnerId,
        String partnerPartNumber,
        String ourPartNumber,
        BigDecimal price,
        String currency,
        int stock,
        int leadTimeDays)
        implements Serializable {

    static OfferView of(Offer o) {
        return new OfferView(
                o.id(),
                o.partner().id(),
                o.partnerPartNumber(),
                o.ourPartNumber(),
                o.terms().price().amount(),
                o.terms().price().currency(),
                o.terms().stock(),
                o.terms().leadTimeDays());
    }
}
