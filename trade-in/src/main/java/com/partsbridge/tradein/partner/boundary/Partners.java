package com.partsbridge.tradein.partner.boundary;

import com.partsbridge.catalog.part.boundary.Parts;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.tradein.feed.control.CheckedRow;
import com.partsbridge.tradein.feed.control.OfferRowRules;
import com.partsbridge.tradein.feed.control.OfferUpserts;
import com.partsbridge.tradein.partner.control.PartnerHistory;
import com.partsbridge.tradein.partner.control.PartnerRepository;
import com.partsbridge.tradein.partner.entity.Offer;
import com.partsbridge.tradein.partner.entity.Partner;
import com.partsbridge.tradein.partner.entity.PartnerEvent;
import com.partsbridge.tradein.partner.entity.RefurbishedStock;
import com.partsbridge.tradein.partner.entity.SupplyTerms;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Partner suppliers, their offers, and our refurbished stock: the sources beside our own new parts. */
@Stateless
public class Partners {

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Parts catalogParts;

    @Inject
    OfferUpserts upserts;

    @Inject
    PartnerRepository partnerRepository;

    @Inject
    PartnerHistory history;

    public PartnerView register(@Valid @NotNull(message = "a partner is required") NewPartner request, String actor) {
        boolean taken = !em.createQuery("select p.id from Partner p where p.name = :name", Long.class)
                .setParameter("name", request.name().trim())
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new ConflictException("partner-exists", "a partner named " + request.name() + " exists");
        }
        Partner partner = new Partner(request.name(), request.royaltyRate());
        if (request.requestsPerMinute() != null) {
            partner.limitRequestsPerMinute(request.requestsPerMinute());
        }
        em.persist(partner);
        history.record(
                partner.id(),
                actor,
                PartnerEvent.Action.REGISTERED,
                "royalty rate " + partner.royaltyRate().stripTrailingZeros().toPlainString() + ", "
                        + partner.requestsPerMinute() + " calls a minute");
        return PartnerView.of(partner);
    }

    /** Every partner, by name: the admin console's list. */
    public Page<PartnerView> list(PageRequest page) {
        var items = em.createQuery("select p from Partner p order by p.name, p.id", Partner.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total =
                em.createQuery("select count(p) from Partner p", Long.class).getSingleResult();
        return Page.of(items, page, total).map(PartnerView::of);
    }

    /** One partner; an unknown id is a 404. */
    public PartnerView partner(long partnerId) {
        return PartnerView.of(partnerRepository.require(partnerId));
    }

    /** What was changed about the partner, by whom and when, newest first. */
    public Page<PartnerEventView> history(long partnerId, PageRequest page) {
        partnerRepository.require(partnerId);
        var items = em.createQuery(
                        "select e from PartnerEvent e where e.partnerId = :partner"
                                + " order by e.occurredAt desc, e.id desc",
                        PartnerEvent.class)
                .setParameter("partner", partnerId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(e) from PartnerEvent e where e.partnerId = :partner", Long.class)
                .setParameter("partner", partnerId)
                .getSingleResult();
        return Page.of(items, page, total).map(PartnerEventView::of);
    }

    /** The partner's own offers, by its part number. */
    public Page<OfferView> offersOf(long partnerId, PageRequest page) {
        partnerRepository.require(partnerId);
        var items = em.createQuery(
                        "select o from Offer o join fetch o.partner where o.partner.id = :partner"
                                + " order by o.partnerPartNumber",
                        Offer.class)
                .setParameter("partner", partnerId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(o) from Offer o where o.partner.id = :partner", Long.class)
                .setParameter("partner", partnerId)
                .getSingleResult();
        return Page.of(items, page, total).map(OfferView::of);
    }

    /**
     * One offer, from an admin or from the partner itself, keyed by the partner's part number: a new number
     * creates the offer, a known one revises it. The same rules and the same upsert as a feed row, since it is a
     * feed of one; a row the feed would reject is a 400 naming the field.
     */
    public OfferChange putOffer(long partnerId, @Valid @NotNull NewOffer request, String actor) {
        Partner partner = partnerRepository.require(partnerId);
        CheckedRow row = OfferRowRules.check(
                1,
                request.partnerPartNumber(),
                request.ourPartNumber(),
                request.price(),
                request.currency(),
                request.stock(),
                request.leadTimeDays());
        OfferUpserts.Outcome outcome = upserts.apply(partner, null, List.of(row), 0);
        if (!outcome.rejected().isEmpty()) {
            CheckedRow.Rejected rejected = outcome.rejected().get(0);
            throw new InvalidInputException(rejected.field(), rejected.reason());
        }
        em.flush();
        OfferView offer = OfferView.of(outcome.offers().get(0));
        boolean created = outcome.counts().created() == 1;
        history.record(
                partnerId,
                actor,
                PartnerEvent.Action.OFFER_PUT,
                offer.partnerPartNumber() + " for our " + offer.ourPartNumber() + ": " + offer.price() + " "
                        + offer.currency() + ", stock " + offer.stock() + ", " + offer.leadTimeDays() + " days"
                        + (created ? " (new)" : ""));
        return new OfferChange(offer, created);
    }

    /** What a put did: the offer as it now stands, and whether it was new. */
    public record OfferChange(OfferView offer, boolean created) {}

    public PartnerView limitRequests(
            long partnerId, @Valid @NotNull(message = "a rate limit is required") RateLimit limit, String actor) {
        Partner partner = partnerRepository.require(partnerId);
        int before = partner.requestsPerMinute();
        partner.limitRequestsPerMinute(limit.requestsPerMinute());
        history.record(
                partnerId,
                actor,
                PartnerEvent.Action.RATE_LIMIT_CHANGED,
                before + " to " + partner.requestsPerMinute() + " calls a minute");
        return PartnerView.of(partner);
    }

    public void stockRefurbished(String ourPartNumber, SupplyTerms terms) {
        em.persist(new RefurbishedStock(catalogParts.byNumber(ourPartNumber).partNumber(), terms));
    }
}
