package com.partsbridge.tradein.feed.control;

import com.partsbridge.catalog.part.boundary.Parts;
import com.partsbridge.kernel.Money;
import com.partsbridge.tradein.feed.entity.ChunkResult;
import com.partsbridge.tradein.feed.entity.FeedRejection;
import com.partsbridge.tradein.feed.entity.OfferFeed;
import com.partsbridge.tradein.partner.entity.Offer;
import com.partsbridge.tradein.partner.entity.Partner;
import com.partsbridge.tradein.partner.entity.SupplyTerms;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies checked feed rows to a partner's offers, keyed by the partner's part number: a new number is a new
 * offer, a known one with other terms is revised, an identical one is left alone. So the same feed applied
 * twice changes nothing. Costs two queries per chunk, whatever its size, plus batched writes.
 */
@Dependent
public class OfferUpserts {

    /** Rejections kept per feed for the report; beyond this they are only counted. */
    public static final int REJECTIONS_KEPT = 10_000;

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Parts catalogParts;

    /** Applies one chunk of a feed's rows and moves the feed's progress with it, in the caller's transaction. */
    public void applyTo(OfferFeed feed, List<CheckedRow> rows, Instant at) {
        feed.record(apply(feed.partner(), feed.id(), rows, feed.rejected()).counts(), at);
    }

    /**
     * @param feedId the feed the rejections belong to, or null for a single offer outside any feed
     * @param rejectionsSoFar how many rejections the feed has recorded already (to cap what is kept)
     */
    public Outcome apply(Partner partner, Long feedId, List<CheckedRow> rows, int rejectionsSoFar) {
        List<CheckedRow.Valid> valid = new ArrayList<>();
        List<CheckedRow.Rejected> rejected = new ArrayList<>();
        for (CheckedRow row : rows) {
            if (row instanceof CheckedRow.Valid v) {
                valid.add(v);
            } else {
                rejected.add((CheckedRow.Rejected) row);
            }
        }
        Set<String> known = catalogParts.existing(
                valid.stream().map(CheckedRow.Valid::ourPartNumber).collect(Collectors.toSet()));
        Map<String, Offer> existing = existingOffers(partner, valid);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Offer> touched = new ArrayList<>();
        for (CheckedRow.Valid row : valid) {
            if (!known.contains(row.ourPartNumber())) {
                rejected.add(new CheckedRow.Rejected(
                        row.row(), "ourPartNumber", "no part " + row.ourPartNumber() + " in our catalog"));
                continue;
            }
            SupplyTerms terms = new SupplyTerms(Money.of(row.price(), row.currency()), row.stock(), row.leadTimeDays());
            Offer offer = existing.get(row.partnerPartNumber());
            if (offer == null) {
                offer = new Offer(partner, row.partnerPartNumber(), row.ourPartNumber(), terms);
                em.persist(offer);
                created++;
            } else if (offer.revise(row.ourPartNumber(), terms)) {
                updated++;
            } else {
                unchanged++;
            }
            touched.add(offer);
        }
        if (feedId != null) {
            int room = Math.max(0, REJECTIONS_KEPT - rejectionsSoFar);
            rejected.stream()
                    .limit(room)
                    .forEach(r -> em.persist(new FeedRejection(feedId, r.row(), r.field(), r.reason())));
        }
        return new Outcome(
                new ChunkResult(rows.size(), created, updated, unchanged, rejected.size()), touched, rejected);
    }

    private Map<String, Offer> existingOffers(Partner partner, List<CheckedRow.Valid> rows) {
        Map<String, Offer> byNumber = new HashMap<>();
        if (rows.isEmpty()) {
            return byNumber;
        }
        // the unique key (partner_part_number, partner_id) leads with the number, so both H2 and PostgreSQL
        // answer the IN list with index lookups (led by partner_id, H2 walked the partner's whole range)
        em.createQuery(
                        "select o from Offer o where o.partnerPartNumber in :numbers and o.partner = :partner",
                        Offer.class)
                .setParameter(
                        "numbers",
                        rows.stream().map(CheckedRow.Valid::partnerPartNumber).toList())
                .setParameter("partner", partner)
                .getResultStream()
                .forEach(o -> byNumber.put(o.partnerPartNumber(), o));
        return byNumber;
    }

    /** The counts, the offers as they now stand, and the rows not applied. */
    public record Outcome(ChunkResult counts, List<Offer> offers, List<CheckedRow.Rejected> rejected) {}
}
