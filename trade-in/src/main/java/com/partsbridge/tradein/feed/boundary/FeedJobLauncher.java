package com.partsbridge.tradein.feed.boundary;

import com.partsbridge.tradein.feed.control.FeedRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts a queued feed's batch job once the upload has committed, so the job always finds the feed stored. */
@ApplicationScoped
public class FeedJobLauncher {

    @Inject
    FeedRuns runs;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedQueued feed) {
        runs.launch(feed.feedId());
    }
}
