package com.partsbridge.tradein.partner.control;

import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.tradein.partner.entity.Partner;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds partners by id; an unknown one is a 404 wherever it is asked for. */
@Dependent
public class PartnerRepository {

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    public Partner require(long partnerId) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new NotFoundException("partner-not-found", "no partner " + partnerId);
        }
        return partner;
    }
}
