package com.partsbridge.tradein.partner.control;

import com.partsbridge.tradein.partner.entity.PartnerEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/** Records a change to a partner in its audit trail, in the transaction of the change. */
@Dependent
public class PartnerHistory {

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(long partnerId, String actor, PartnerEvent.Action action, String detail) {
        em.persist(new PartnerEvent(partnerId, Instant.now(clock), actor, action, detail));
    }
}
