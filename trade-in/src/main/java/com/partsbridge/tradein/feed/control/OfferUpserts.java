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
 * twice changes nothing. Costs two queries per chunk, whatever its size, plus batched writes (a feed's chunks
 * write set-based through {@link OfferTable}; a single offer is an entity written by the persistence context).
 */
@Dependent
public class OfferUpserts {

    /** Rejections kept per feed for the report; beyond this they are only counted. */
    public static final int REJECTIONS_KEPT = 10_000;

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Parts catalogParts;

    @Inject
    OfferTable table;

    /**
     * Applies one chunk of a feed's rows and moves the feed's progress with it, in the caller's transaction. The
     * same decisions as {@link #apply}, but the offers are written set-based ({@link OfferTable}) instead of as
     * managed entities: a feed only writes them, and thousands of managed entities per chunk cost half its time.
     */
    public void applyTo(OfferFeed feed, List<CheckedRow> rows, Instant at) {
        Partner partner = feed.partner();
        Sorted sorted = sort(rows);
        Map<String, OfferTable.Stored> stored = storedOffers(partner, sorted.valid());
        List<Offer> created = new ArrayList<>();
        List<OfferTable.Revision> revised = new ArrayList<>();
        int unchanged = 0;
        for (CheckedRow.Valid row : sorted.valid()) {
            if (!sorted.known().contains(row.ourPartNumber())) {
                sorted.rejected().add(notInCatalog(row));
                continue;
            }
            SupplyTerms terms = termsOf(row);
            OfferTable.Stored offer = stored.get(row.partnerPartNumber());
            if (offer == null) {
                created.add(new Offer(partner, row.partnerPartNumber(), row.ourPartNumber(), terms));
            } else if (Offer.changes(offer.ourPartNumber(), offer.terms(), row.ourPartNumber(), terms)) {
                revised.add(new OfferTable.Revision(offer.id(), row.ourPartNumber(), terms));
            } else {
                unchanged++;
            }
        }
        table.write(partner.id(), created, revised);
        keepRejections(feed.id(), sorted.rejected(), feed.rejected());
        feed.record(
                new ChunkResult(
                        rows.size(),
                        created.size(),
                        revised.size(),
                        unchanged,
                        sorted.rejected().size()),
                at);
    }

    /**
     * @param feedId the feed the rejections belong to, or null for a single offer outside any feed
     * @param rejectionsSoFar how many rejections the feed has recorded already (to cap what is kept)
     */
    public Outcome apply(Partner partner, Long feedId, List<CheckedRow> rows, int rejectionsSoFar) {
        Sorted sorted = sort(rows);
        List<CheckedRow.Rejected> rejected = sorted.rejected();
        Map<String, Offer> existing = existingOffers(partner, sorted.valid());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Offer> touched = new ArrayList<>();
        for (CheckedRow.Valid row : sorted.valid()) {
            if (!sorted.known().contains(row.ourPartNumber())) {
                rejected.add(notInCatalog(row));
                continue;
            }
            SupplyTerms terms = termsOf(row);
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
            keepRejections(feedId, rejected, rejectionsSoFar);
        }
        return new Outcome(
                new ChunkResult(rows.size(), created, updated, unchanged, rejected.size()), touched, rejected);
    }

    /** A chunk's rows: valid ones, rejected ones, and which of the valid ones' part numbers our catalog has. */
    private record Sorted(List<CheckedRow.Valid> valid, List<CheckedRow.Rejected> rejected, Set<String> known) {}

    private Sorted sort(List<CheckedRow> rows) {
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
        return new Sorted(valid, rejected, known);
    }

    private static SupplyTerms termsOf(CheckedRow.Valid row) {
        return new SupplyTerms(Money.of(row.price(), row.currency()), row.stock(), row.leadTimeDays());
    }

    private static CheckedRow.Rejected notInCatalog(CheckedRow.Valid row) {
        return new CheckedRow.Rejected(
                row.row(), "ourPartNumber", "no part " + row.ourPartNumber() + " in our catalog");
    }

    private void keepRejections(long feedId, List<CheckedRow.Rejected> rejected, int rejectionsSoFar) {
        int room = Math.max(0, REJECTIONS_KEPT - rejectionsSoFar);
        rejected.stream()
                .limit(room)
                .forEach(r -> em.persist(new FeedRejection(feedId, r.row(), r.field(), r.reason())));
    }

    /** Part numbers per lookup: a 5,000-row chunk asks in slices of this (H2 answered 5,000 at once slower). */
    private static final int LOOKUP_SLICE = 1_000;

    /** The partner's stored offers with these numbers, read as values (nothing for the persistence context). */
    private Map<String, OfferTable.Stored> storedOffers(Partner partner, List<CheckedRow.Valid> rows) {
        Map<String, OfferTable.Stored> byNumber = new HashMap<>();
        List<String> numbers =
                rows.stream().map(CheckedRow.Valid::partnerPartNumber).toList();
        for (int from = 0; from < numbers.size(); from += LOOKUP_SLICE) {
            em.createQuery(
                            "select o.partnerPartNumber, o.id, o.ourPartNumber, o.terms from Offer o"
                                    + " where o.partnerPartNumber in :numbers and o.partner = :partner",
                            Object[].class)
                    .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + LOOKUP_SLICE)))
                    .setParameter("partner", partner)
                    .getResultStream()
                    .forEach(r -> byNumber.put(
                            (String) r[0], new OfferTable.Stored((Long) r[1], (String) r[2], (SupplyTerms) r[3])));
        }
        return byNumber;
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
