package com.partsbridge.tradein.feed.batch;

import com.partsbridge.tradein.feed.control.FeedContent;
import com.partsbridge.tradein.feed.control.FeedRows;
import com.partsbridge.tradein.feed.control.FeedRuns;
import com.partsbridge.tradein.feed.entity.OfferFeed;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;

/**
 * Reads a stored feed's checked rows. It resumes after the rows the feed has recorded as done (committed with
 * the offers they changed), so a run that died part-way applies nothing twice and loses nothing.
 */
@Dependent
@Named("offerFeedReader")
public class OfferFeedReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String feedId;

    @Inject
    StepContext step;

    @Inject
    FeedRuns runs;

    @Inject
    FeedContent content;

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    private FeedRows rows;

    @Override
    public void open(Serializable checkpoint) {
        long id = Long.parseLong(feedId);
        if (!runs.claim(id)) { // another run has it, or it is finished
            return;
        }
        step.setTransientUserData(Boolean.TRUE);
        OfferFeed feed = em.find(OfferFeed.class, id);
        rows = FeedRows.open(feed.format(), content.read(id));
        rows.skip(feed.rowsDone());
    }

    @Override
    public Object readItem() {
        return rows != null && rows.hasNext() ? rows.next() : null;
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }
}
