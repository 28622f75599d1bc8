package com.partsbridge.tradein.feed.batch;

import com.partsbridge.tradein.feed.control.CheckedRow;
import com.partsbridge.tradein.feed.control.OfferUpserts;
import com.partsbridge.tradein.feed.entity.OfferFeed;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Applies one chunk of rows and moves the feed's progress in the same transaction. */
@Dependent
@Named("offerFeedWriter")
public class OfferFeedWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String feedId;

    @Inject
    OfferUpserts upserts;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Override
    public void writeItems(List<Object> items) {
        OfferFeed feed = em.find(OfferFeed.class, Long.parseLong(feedId));
        upserts.applyTo(feed, items.stream().map(CheckedRow.class::cast).toList(), Instant.now(clock));
    }
}
