package com.partsbridge.tradein.referral.boundary;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.kernel.RuleViolationException;
import com.partsbridge.tradein.partner.control.PartnerRepository;
import com.partsbridge.tradein.partner.entity.Offer;
import com.partsbridge.tradein.partner.entity.Partner;
import com.partsbridge.tradein.referral.entity.Referral;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Sending customers to partners, following what the partner reports, and the monthly royalty statements. */
@Stateless
public class Referrals {

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PartnerRepository partners;

    /** The customer follows a partner offer from their options. */
    public ReferralView refer(String username, long offerId) {
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null) {
            throw new NotFoundException("offer-not-found", "no partner offer " + offerId);
        }
        if (!offer.partner().active() || offer.terms().stock() == 0) {
            throw new RuleViolationException("offer-unavailable", "that offer cannot be followed any more");
        }
        Referral referral = new Referral(offer, username, Instant.now(clock));
        em.persist(referral);
        return ReferralView.of(referral);
    }

    /** What the partner reports: ACCEPTED, FULFILLED or DECLINED, in that order only. */
    public ReferralView report(long partnerId, long referralId, String state, String actor) {
        Referral referral = own(partnerId, referralId);
        referral.report(parseState(state), actor, Instant.now(clock));
        em.flush();
        return ReferralView.of(referral);
    }

    /** A partner's referral inbox, newest first; optionally only those in one state (e.g. ISSUED: new ones). */
    public Page<ReferralView> ofPartner(long partnerId, String state, PageRequest page) {
        Referral.State only = state == null || state.isBlank() ? null : parseState(state);
        String where = "where r.partner.id = :partner" + (only == null ? "" : " and r.state = :state");
        var query = em.createQuery(
                        "select r from Referral r join fetch r.partner " + where
                                + " order by r.issuedAt desc, r.id desc",
                        Referral.class)
                .setParameter("partner", partnerId);
        var count = em.createQuery("select count(r) from Referral r " + where, Long.class)
                .setParameter("partner", partnerId);
        if (only != null) {
            query.setParameter("state", only);
            count.setParameter("state", only);
        }
        var items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, count.getSingleResult()).map(ReferralView::of);
    }

    public ReferralView ofPartner(long partnerId, long referralId) {
        return ReferralView.of(own(partnerId, referralId));
    }

    public Page<ReferralView> ofCustomer(String username, PageRequest page) {
        var items = em.createQuery("""
                        select r from Referral r join fetch r.partner where r.customer = :who
                        order by r.issuedAt desc, r.id desc""", Referral.class)
                .setParameter("who", username)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(r) from Referral r where r.customer = :who", Long.class)
                .setParameter("who", username)
                .getSingleResult();
        return Page.of(items, page, total).map(ReferralView::of);
    }

    private Referral own(long partnerId, long referralId) {
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null || referral.partner().id() != partnerId) { // another partner's referral is unknown
            throw new NotFoundException("referral-not-found", "no referral " + referralId);
        }
        return referral;
    }

    private static Referral.State parseState(String state) {
        try {
            return Referral.State.valueOf(state == null ? "" : state.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "a referral state is ISSUED, ACCEPTED, FULFILLED or DECLINED");
        }
    }

    public RoyaltyStatement statement(long partnerId, String month) {
        Partner partner = partners.require(partnerId);
        YearMonth ym;
        try {
            ym = YearMonth.parse(month);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException("month", "a month is written 2026-11");
        }
        List<Referral> fulfilled = em.createQuery("""
                        select r from Referral r where r.partner = :partner and r.state = :fulfilled
                          and r.fulfilledAt >= :from and r.fulfilledAt < :to order by r.fulfilledAt, r.id""", Referral.class)
                .setParameter("partner", partner)
                .setParameter("fulfilled", Referral.State.FULFILLED)
                .setParameter("from", ym.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .setParameter("to", ym.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .getResultList();
        List<RoyaltyStatement.Line> lines = fulfilled.stream()
                .map(r -> new RoyaltyStatement.Line(
                        r.id(),
                        r.ourPartNumber(),
                        r.partnerPartNumber(),
                        r.salePrice().amount(),
                        r.royalty().orElseThrow().amount(),
                        r.fulfilledAt().orElseThrow()))
                .toList();
        BigDecimal sales =
                lines.stream().map(RoyaltyStatement.Line::salePrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal royalty =
                lines.stream().map(RoyaltyStatement.Line::royalty).reduce(BigDecimal.ZERO, BigDecimal::add);
        String currency =
                fulfilled.isEmpty() ? "EUR" : fulfilled.get(0).salePrice().currency();
        return new RoyaltyStatement(
                partner.id(),
                partner.name(),
                ym.toString(),
                partner.royaltyRate(),
                lines,
                sales.setScale(2),
                royalty.setScale(2),
                currency);
    }
}
