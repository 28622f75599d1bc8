package com.partsbridge.tradein.feed.batch;

import com.partsbridge.tradein.feed.control.FeedRuns;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Closes the feed when its run ends: completed, or failed (to be retried, or given up after three runs). */
@Dependent
@Named("offerFeedRunEnd")
public class OfferFeedRunEnd extends AbstractStepListener {

    @Inject
    @BatchProperty
    String feedId;

    @Inject
    StepContext step;

    @Inject
    FeedRuns runs;

    @Override
    public void afterStep() {
        if (step.getTransientUserData() == null) { // this run never claimed the feed
            return;
        }
        long id = Long.parseLong(feedId);
        Exception failure = step.getException();
        if (failure == null) {
            runs.completed(id);
        } else {
            runs.failed(id, failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }
}
