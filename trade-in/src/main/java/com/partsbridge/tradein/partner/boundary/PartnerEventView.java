package com.partsbridge.tradein.partner.boundary;

import com.partsbridge.tradein.partner.entity.PartnerEvent;
import java.io.Serializable;
import java.time.Instant;

/** One line of a partner's audit trail. */
public record PartnerEventView(Instant at, String actor, String action, String detail) implements Serializable {

    static PartnerEventView of(PartnerEvent e) {
        return new PartnerEventView(e.occurredAt(), e.actor(), e.action().name(), e.detail());
    }
}
