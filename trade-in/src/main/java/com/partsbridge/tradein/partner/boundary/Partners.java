package com.partsbridge.tradein.partner.boundary;

import com.partsbridge.catalog.part.boundary.Parts;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.tradein.partner.entity.Offer;
import com.partsbridge.tradein.partner.entity.Partner;
import com.partsbridge.tradein.partner.entity.RefurbishedStock;
import com.partsbridge.tradein.partner.entity.SupplyTerms;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Partner suppliers, their offers, and our refurbished stock: the sources beside our own new parts. */
@Stateless
public class Partners {

    static final String DEFAULT_CURRENCY = "EUR";

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Parts catalogParts;

    public PartnerView register(NewPartner request) {
        boolean taken = !em.createQuery("select p.id from Partner p where p.name = :name", Long.class)
                .setParameter("name", request.name().trim()).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("partner-exists", "a partner named " + request.name() + " exists");
        }
        Partner partner = new Partner(request.name(), request.royaltyRate());
        em.persist(partner);
        return PartnerView.of(partner);
    }

    /** An offer for one of our parts; the part must be in the catalog. */
    public OfferView offer(long partnerId, NewOffer request) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new NotFoundException("partner-not-found", "no partner " + partnerId);
        }
        String ourPart = catalogParts.byNumber(request.ourPartNumber()).partNumber(); // 404 for an unknown part
        Offer offer = new Offer(partner, request.partnerPartNumber(), ourPart, terms(request));
        em.persist(offer);
        return OfferView.of(offer);
    }

    public void stockRefurbished(String ourPartNumber, SupplyTerms terms) {
        em.persist(new RefurbishedStock(catalogParts.byNumber(ourPartNumber).partNumber(), terms));
    }

    private static SupplyTerms terms(NewOffer request) {
        return new SupplyTerms(Money.of(request.price(), request.currency() == null ? DEFAULT_CURRENCY
                : request.currency()), request.stock(), request.leadTimeDays());
    }
}
