package com.partsbridge.tradein.feed.boundary;

import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.tradein.feed.control.CheckedRow;
import com.partsbridge.tradein.feed.control.FeedContent;
import com.partsbridge.tradein.feed.control.FeedRows;
import com.partsbridge.tradein.feed.control.OfferUpserts;
import com.partsbridge.tradein.feed.entity.FeedFormat;
import com.partsbridge.tradein.feed.entity.FeedRejection;
import com.partsbridge.tradein.feed.entity.OfferFeed;
import com.partsbridge.tradein.partner.control.PartnerRepository;
import com.partsbridge.tradein.partner.entity.Partner;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A partner's offer feeds: uploaded whole, checked for structure before anything is kept, then applied row by
 * row. A small feed is applied in the upload's own request; a large one is stored and applied by the
 * {@code offer-feed} batch job while the partner polls its progress.
 */
@Stateless
public class OfferFeeds {

    /** Rows applied per transaction, here and in the batch job. */
    public static final int CHUNK = 1_000;

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FeedContent content;

    @Inject
    OfferUpserts upserts;

    @Inject
    PartnerRepository partners;

    @Inject
    Event<FeedQueued> queued;

    @Inject
    @ConfigProperty(name = "partsbridge.feed.max-bytes", defaultValue = "67108864")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "partsbridge.feed.sync-max-bytes", defaultValue = "262144")
    long syncMaxBytes;

    public FeedView submit(long partnerId, String actor, FeedFormat format, InputStream body) {
        Partner partner = partners.require(partnerId);
        FeedContent.Received received = FeedContent.receive(body, maxBytes);
        int rows = FeedRows.count(format, received.stream()); // a broken document stops here: nothing is kept
        OfferFeed feed =
                new OfferFeed(partner, format, actor, Instant.now(clock), received.size(), received.sha256(), rows);
        em.persist(feed);
        if (received.size() > syncMaxBytes) {
            content.store(feed.id(), received);
            queued.fire(new FeedQueued(feed.id()));
            return FeedView.of(feed);
        }
        feed.startNow(Instant.now(clock));
        try (FeedRows checked = FeedRows.open(format, received.stream())) {
            List<CheckedRow> chunk = new ArrayList<>(CHUNK);
            while (checked.hasNext()) {
                chunk.add(checked.next());
                if (chunk.size() == CHUNK || !checked.hasNext()) {
                    upserts.applyTo(feed, chunk, Instant.now(clock));
                    chunk.clear();
                }
            }
        }
        feed.complete(Instant.now(clock));
        return FeedView.of(feed);
    }

    public FeedView feed(long partnerId, long feedId) {
        return FeedView.of(own(partnerId, feedId));
    }

    public Page<FeedView> feeds(long partnerId, PageRequest page) {
        partners.require(partnerId); // an admin asking for an unknown partner gets a 404, not an empty list
        List<OfferFeed> items = em.createQuery("""
                        select f from OfferFeed f where f.partner.id = :partner order by f.receivedAt desc, f.id desc""", OfferFeed.class)
                .setParameter("partner", partnerId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(f) from OfferFeed f where f.partner.id = :partner", Long.class)
                .setParameter("partner", partnerId)
                .getSingleResult();
        return Page.of(items, page, total).map(FeedView::of);
    }

    /** The rows a feed did not apply, in feed order (the first {@value OfferUpserts#REJECTIONS_KEPT} are kept). */
    public Page<RejectedRow> rejections(long partnerId, long feedId, PageRequest page) {
        own(partnerId, feedId);
        List<RejectedRow> items = em.createQuery("""
                        select r from FeedRejection r where r.feedId = :feed order by r.row, r.id""", FeedRejection.class)
                .setParameter("feed", feedId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(r -> new RejectedRow(r.row(), r.field(), r.reason()))
                .toList();
        long total = em.createQuery("select count(r) from FeedRejection r where r.feedId = :feed", Long.class)
                .setParameter("feed", feedId)
                .getSingleResult();
        return Page.of(items, page, total);
    }

    private OfferFeed own(long partnerId, long feedId) {
        OfferFeed feed = em.find(OfferFeed.class, feedId);
        if (feed == null || feed.partner().id() != partnerId) { // another partner's feed is unknown here
            throw new NotFoundException("feed-not-found", "no offer feed " + feedId);
        }
        return feed;
    }
}
